package vn.thidua.organisation.internal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.organisation.internal.application.ImportJob;
import vn.thidua.organisation.internal.application.PeopleImport;
import vn.thidua.organisation.internal.application.PeopleWorkbook;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.platform.Caller;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * The import of people from the workbook template: upload, checks in steps with a progress bar (the page polls
 * {@link #step()}), then the rows are imported whole or the file is refused with every error, row by row.
 * The view keeps only the job's id; the rows stay on the server.
 */
@Named
@ViewScoped
public class PeopleImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS_PER_STEP = 500;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    @Inject
    private PeopleImport imports;

    @Inject
    private Caller caller;

    private String jobId;

    /** An error as the page lists it. */
    public record ErrorLine(int row, String column, String message) implements Serializable {
    }

    public void upload(FileUploadEvent event) {
        jobId = null;
        FacesViolations.attempt("importForm", Set.of(), () -> {
            try (InputStream in = new BufferedInputStream(event.getFile().getInputStream())) {
                in.mark(8);
                byte[] head = in.readNBytes(4);
                in.reset();
                if (!java.util.Arrays.equals(head, ZIP)) {
                    throw new InvalidInputException(new Violation("file", Person.BUNDLE, "import.notXlsx"));
                }
                jobId = imports.start(caller.name(), PeopleWorkbook.read(in)).id();
            } catch (IOException e) {
                throw new InvalidInputException(new Violation("file", Person.BUNDLE, "import.notXlsx"));
            }
        });
    }

    /** One poll of the page: checks the next rows, or imports them all once every row passed. */
    public void step() {
        ImportJob job = job();
        if (job == null) {
            return;
        }
        if (job.state() == ImportJob.State.CHECKING) {
            imports.checkNext(job, ROWS_PER_STEP);
        } else if (job.state() == ImportJob.State.READY) {
            try {
                imports.importAll(job);
                FacesMessages.info(null, "orgmsg", "import.done", job.imported());
            } catch (RuntimeException e) {
                FacesContext.getCurrentInstance().validationFailed();
            }
        }
    }

    private ImportJob job() {
        return jobId == null ? null : imports.job(jobId, caller.name()).orElse(null);
    }

    public boolean isRunning() {
        ImportJob job = job();
        return job != null && (job.state() == ImportJob.State.CHECKING || job.state() == ImportJob.State.READY);
    }

    public boolean isFinished() {
        ImportJob job = job();
        return job != null && !isRunning();
    }

    public String getState() {
        ImportJob job = job();
        return job == null ? "NONE" : job.state().name();
    }

    public int getProgress() {
        ImportJob job = job();
        if (job == null || job.total() == 0) {
            return job == null ? 0 : 100;
        }
        return job.state() == ImportJob.State.CHECKING ? Math.min(99, job.checked() * 100 / job.total()) : 100;
    }

    public int getChecked() {
        ImportJob job = job();
        return job == null ? 0 : job.checked();
    }

    public int getTotal() {
        ImportJob job = job();
        return job == null ? 0 : job.total();
    }

    public int getImported() {
        ImportJob job = job();
        return job == null ? 0 : job.imported();
    }

    public List<ErrorLine> getErrors() {
        ImportJob job = job();
        if (job == null) {
            return List.of();
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(Person.BUNDLE, locale, getClass().getClassLoader());
        return job.errors().stream().map(error -> new ErrorLine(error.row(),
                error.column() == null || !PeopleWorkbook.COLUMNS.contains(error.column()) ? ""
                        : bundle.getString("field." + error.column()),
                error.violation().message(locale))).toList();
    }

    public void downloadTemplate() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"mau-nhap-can-bo.xlsx\"");
        PeopleWorkbook.writeTemplate(external.getResponseOutputStream());
        faces.responseComplete();
    }
}
