package vn.thidua.platform.sheets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The jobs of one importer, each readable only by the account that started it, kept for two hours. */
public final class ImportJobs {

    private static final Duration KEEP = Duration.ofHours(2);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    public ImportJob start(String owner, List<SheetRow> rows) {
        Instant oldest = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> job.createdAt().isBefore(oldest));
        ImportJob job = new ImportJob(owner, rows);
        jobs.put(job.id(), job);
        return job;
    }

    /** The caller's own job, if it is still kept. */
    public Optional<ImportJob> find(String id, String owner) {
        ImportJob job = id == null ? null : jobs.get(id);
        return job != null && job.owner().equals(owner) ? Optional.of(job) : Optional.empty();
    }
}
