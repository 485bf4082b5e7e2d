package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.thidua.commendation.PreScreening;
import vn.thidua.organisation.UnitScope;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * The background side of {@link DefaultPreScreeningJobs}: on the managed executor, in a request context of its
 * own that acts for the job's owner (the same grants the owner has on the screens), runs the pre-screening,
 * writes progress as it goes and stores the result and the workbook.
 */
@ApplicationScoped
public class PreScreeningJobRunner {

    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Logger LOG = Logger.getLogger(PreScreeningJobRunner.class.getName());

    @Inject
    private PreScreeningJobStore store;

    @Inject
    private PreScreening preScreening;

    @Inject
    private UnitScope scope;

    @ActivateRequestContext
    public void run(String id, String owner, String unitCode, int year, Map<String, String> awardNames) {
        long[] lastWrite = {0};
        List<PreScreening.Candidate> first = new ArrayList<>();
        try (PreScreeningWorkbook workbook = new PreScreeningWorkbook(VIETNAMESE, awardNames)) {
            scope.actFor(owner);
            PreScreening.Summary summary = preScreening.run(unitCode, year, candidate -> {
                workbook.accept(candidate);
                if (first.size() < DefaultPreScreeningJobs.PREVIEW) {
                    first.add(candidate);
                }
            }, (done, total) -> {
                long now = System.nanoTime();
                if (done == 0 || now - lastWrite[0] >= PROGRESS_EVERY.toNanos()) {
                    lastWrite[0] = now;
                    store.progressed(id, done, total);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(summary, out);
            store.finished(id, summary.people(), summary.units(), summary.ruleSetVersion(),
                    DefaultPreScreeningJobs.countsJson(summary.qualified()), DefaultPreScreeningJobs.previewJson(first),
                    out.toByteArray());
        } catch (InvalidInputException | UnknownRecordException refused) {
            List<Violation> violations = refused instanceof InvalidInputException invalid ? invalid.violations()
                    : List.of(((UnknownRecordException) refused).violation());
            store.failed(id, String.join(" ", violations.stream().map(v -> v.message(VIETNAMESE)).toList()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Pre-screening " + id + " failed", e);
            store.failed(id, DefaultPreScreeningJobs.text("prescreening.failed"));
        }
    }
}
