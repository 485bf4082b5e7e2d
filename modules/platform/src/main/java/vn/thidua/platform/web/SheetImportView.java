package vn.thidua.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.sheets.ImportJob;
import vn.thidua.platform.sheets.ImportJobs;
import vn.thidua.platform.sheets.SheetImporter;
import vn.thidua.platform.sheets.Sheets;

/**
 * The page side of a workbook import: upload, checks in steps with a progress bar (the page polls
 * {@link #step()}), then the rows are imported whole or the file is refused with every error, row by row.
 * The view keeps only the job's id; the job lives in the database, so any node of a cluster answers the polling. A
 * view opened afresh (its node died, the page was reloaded) carries on with the owner's unfinished job, if any, and
 * says so. The page includes
 * {@code <t:sheetImport imports="#{thisBean}" …/>} (META-INF/tags/sheetImport.xhtml of this module).
 */
public abstract class SheetImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS_PER_STEP = 500;

    private String jobId;
    private boolean resumeLooked;
    /** The job as read for the request being answered (the page asks for it many times while rendering). */
    private transient ImportJob current;
    private transient Object currentFor;

    /** An error as the page lists it. */
    public record ErrorLine(int row, String column, String message) implements Serializable {
    }

    protected abstract SheetImporter importer();

    @jakarta.inject.Inject
    private vn.thidua.platform.Caller caller;

    /** The signed-in account, owner of the job. */
    protected String owner() {
        return caller.name();
    }

    /** Tells the user how many rows were written (a Faces message in the module's bundle). */
    protected abstract void reportDone(int imported);

    public void upload(FileUploadEvent event) {
        jobId = null;
        resumeLooked = true;
        current = null;
        FacesViolations.attempt("importForm", Set.of(), () -> {
            try (InputStream in = new BufferedInputStream(event.getFile().getInputStream())) {
                if (!Sheets.looksLikeXlsx(in)) {
                    throw new InvalidInputException(Violation.of("file", "sheet.notXlsx"));
                }
                jobId = importer().start(owner(), in).id();
            } catch (IOException e) {
                throw new InvalidInputException(Violation.of("file", "sheet.notXlsx"));
            }
        });
    }

    /** One poll of the page: checks the next rows, or imports them all once every row passed. */
    public void step() {
        ImportJob job = job();
        if (job == null) {
            return;
        }
        boolean importing = job.state() == ImportJob.State.READY;
        try {
            if (importing) {
                importer().importAll(job);
                reportDone(job.imported());
            } else if (job.state() == ImportJob.State.CHECKING) {
                importer().checkNext(job, ROWS_PER_STEP);
            }
        } catch (ImportJobs.ChangedMeanwhile e) {
            // Another step of this job (another window, or a node taking over) was stored first: show its state.
        } catch (RuntimeException e) {
            if (!importing) {
                throw e;
            }
            // The import refused a row: the job is FAILED with the row's error, which the page lists.
            FacesContext.getCurrentInstance().validationFailed();
        }
        current = null;
    }

    private ImportJob job() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (current != null && currentFor == faces) {
            return current;
        }
        if (jobId == null && !resumeLooked) {
            resumeLooked = true;
            importer().unfinished(owner()).ifPresent(job -> {
                jobId = job.id();
                resumed();
            });
        }
        current = jobId == null ? null : importer().job(jobId, owner()).orElse(null);
        currentFor = faces;
        return current;
    }

    /** Tells the user that the page carries on with the import started earlier. */
    protected void resumed() {
        FacesMessages.info(null, Violation.of("file", "sheet.resumed"));
    }

    public boolean isRunning() {
        ImportJob job = job();
        return job != null && (job.state() == ImportJob.State.CHECKING || job.state() == ImportJob.State.READY);
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
        List<String> columns = importer().columns();
        return job.errors().stream().map(error -> new ErrorLine(error.row(),
                error.column() == null || !columns.contains(error.column()) ? ""
                        : importer().header(error.column(), locale),
                error.violation().message(locale))).toList();
    }

    public void downloadTemplate() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(Sheets.XLSX);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + importer().templateName() + "\"");
        importer().writeTemplate(external.getResponseOutputStream());
        faces.responseComplete();
    }
}
