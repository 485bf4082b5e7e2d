package vn.thidua.commendation.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.internal.documents.PreScreeningWorkbook;
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

    @Inject private PreScreeningJobStore store;
    @Inject private PreScreening preScreening;
    @Inject private UnitScope scope;
    @Resource private ManagedThreadFactory threads;

    /**
     * One read-only transaction for the whole run: every batch reads the same snapshot of the records, and the
     * persistence context is the transaction's (outside one, the server closed the executor thread's entity
     * managers twice and logged it as SEVERE). Progress and the result are written in transactions of their own.
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(String id, String owner, String unitCode, int year, Map<String, String> awardNames) {
        long started = System.nanoTime();
        long[] lastWrite = {0};
        List<PreScreening.Candidate> first = new ArrayList<>();
        try (PreScreeningWorkbook workbook = new PreScreeningWorkbook(VIETNAMESE, awardNames);
             RowWriter rows = new RowWriter(workbook)) {
            scope.actFor(owner);
            PreScreening.Summary summary = preScreening.run(unitCode, year, candidate -> {
                rows.accept(candidate);
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
            long evaluated = System.nanoTime();
            rows.finish();
            long rowsWritten = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(summary, out);
            long zipped = System.nanoTime();
            store.finished(id, summary.people(), summary.units(), summary.ruleSetVersion(),
                    DefaultPreScreeningJobs.countsJson(summary.qualified()), DefaultPreScreeningJobs.previewJson(first),
                    out.toByteArray());
            long stored = System.nanoTime();
            LOG.info(() -> String.format("Pre-screening %s of %s for %d: %d people, %d units; evaluated in %.1f s,"
                            + " last rows written %.1f s later, workbook (%,d bytes) in %.1f s, stored in %.1f s", id,
                    unitCode, year, summary.people(), summary.units(), (evaluated - started) / 1e9,
                    (rowsWritten - evaluated) / 1e9, out.size(), (zipped - rowsWritten) / 1e9, (stored - zipped) / 1e9));
        } catch (InvalidInputException | UnknownRecordException refused) {
            List<Violation> violations = refused instanceof InvalidInputException invalid ? invalid.violations()
                    : List.of(((UnknownRecordException) refused).violation());
            store.failed(id, String.join(" ", violations.stream().map(v -> v.message(VIETNAMESE)).toList()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Pre-screening " + id + " failed", e);
            store.failed(id, DefaultPreScreeningJobs.text("prescreening.failed"));
        }
    }

    /**
     * Writes the workbook's rows on a thread of its own while the evaluation goes on (a third of a province's run
     * was spent writing rows): the evaluation hands candidates over through a bounded queue.
     */
    private final class RowWriter implements java.util.function.Consumer<PreScreening.Candidate>, AutoCloseable {

        private static final PreScreening.Candidate END = new PreScreening.Candidate(null, null, null, null, null, null,
                List.of());
        private final BlockingQueue<PreScreening.Candidate> queue = new ArrayBlockingQueue<>(8192);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread thread;
        private boolean finished;

        RowWriter(PreScreeningWorkbook workbook) {
            thread = threads.newThread(() -> {
                try {
                    for (PreScreening.Candidate c = queue.take(); c != END; c = queue.take()) {
                        workbook.accept(c);
                    }
                } catch (InterruptedException e) {
                    failure.compareAndSet(null, e);
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            });
            thread.setName("prescreening-rows");
            thread.start();
        }

        @Override
        public void accept(PreScreening.Candidate candidate) {
            try {
                while (!queue.offer(candidate, 100, TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while handing a row over", e);
            }
        }

        /** Waits until every row handed over is written. */
        void finish() {
            accept(END);
            finished = true;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the rows were written", e);
            }
            rethrow();
        }

        private void rethrow() {
            Throwable failed = failure.get();
            if (failed instanceof RuntimeException e) {
                throw e;
            } else if (failed instanceof Error e) {
                throw e;
            } else if (failed != null) {
                throw new IllegalStateException(failed);
            }
        }

        @Override
        public void close() {
            if (!finished) {
                thread.interrupt();
                try {
                    thread.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
