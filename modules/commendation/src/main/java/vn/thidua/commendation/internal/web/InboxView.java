package vn.thidua.commendation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;

/** The notifications of the signed-in user: the count in the header, the list on its page. */
@Named("inbox")
@RequestScoped
public class InboxView {

    private static final int MAX = 100;

    @Inject
    private NominationService nominations;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = nominations.unreadNotifications();
        }
        return unread;
    }

    public List<Nominations.NotificationDetails> getNotifications() {
        return nominations.notifications(MAX);
    }

    /** Marks the notification read and opens its batch. */
    public void open(long id, long batchId) throws IOException {
        nominations.markRead(id);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/commendation/nomination.xhtml?id=" + batchId);
    }
}
