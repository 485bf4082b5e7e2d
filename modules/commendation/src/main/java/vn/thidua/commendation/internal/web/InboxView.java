package vn.thidua.commendation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.thidua.platform.notices.Notifications;

/** The signed-in user's notices (the platform's bell): the count in the header, the list on its page. */
@Named("inbox")
@RequestScoped
public class InboxView {

    private static final int MAX = 100;

    @Inject private Notifications notices;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notices.unread();
        }
        return unread;
    }

    public List<Notifications.NoticeDetails> getNotifications() {
        return notices.mine(MAX);
    }

    /** Marks the notice read and opens the page it is about. */
    public void open(long id) throws IOException {
        String link = notices.open(id);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + link);
    }
}
