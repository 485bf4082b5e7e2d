package vn.thidua.webapp.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lombok.Getter;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.webapp.backup.Backups;

/** <em>Quản trị → Sao lưu dữ liệu</em>: the copies kept, a backup now, and how to restore one. */
@Named
@ViewScoped
public class BackupView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject private Backups backups;

    @Getter private boolean embedded;
    @Getter private List<Backups.Copy> copies = List.of();

    @PostConstruct
    void init() {
        embedded = backups.embedded();
        copies = embedded ? backups.copies() : List.of();
    }

    public void backUpNow() {
        try {
            Backups.Copy copy = backups.backUpNow();
            FacesMessages.info(null, "msg", "backup.done", copy.name());
        } catch (AccessDeniedException e) {
            FacesMessages.error(null, "msg", "backup.denied");
        } catch (RuntimeException e) {
            FacesMessages.error(null, "msg", "backup.failed", e.getMessage());
        }
        copies = backups.copies();
    }

    public String written(Backups.Copy copy) {
        return SHOWN.format(copy.written());
    }

    public String getDirectory() {
        return backups.directory().toString();
    }

    public String getDataDirectory() {
        return backups.directory().getParent().toString();
    }

    public String getNewest() {
        return copies.isEmpty() ? "thidua-….zip" : copies.get(0).name();
    }

    public int getEveryHours() {
        return backups.everyHours();
    }

    public int getKeep() {
        return backups.keep();
    }
}
