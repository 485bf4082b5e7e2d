package vn.thidua.platform.sheets;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The workbook imports in progress, kept in the database: a page's polling may land on any node of a cluster, and a
 * node that dies loses no import. Each job is readable only by the account that started it, for its own importer
 * ({@code kind}), and removed two hours after it started. The progress is stored again after each step, guarded by
 * a version so that two steps of one job never both count (the later one gets {@link ChangedMeanwhile}).
 */
public interface ImportJobs {

    /** Another step of the same job was stored first (two nodes or two windows polling one job). */
    final class ChangedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ChangedMeanwhile(String id) {
            super("Import job " + id + " was changed by another step");
        }
    }

    /** Stores a new job of {@code kind} (the importer's name) for {@code owner}, and removes jobs past their time. */
    ImportJob start(String kind, String owner, List<SheetRow> rows);

    /** The owner's own job of this kind, if it is still kept; its rows are read when a step needs them. */
    Optional<ImportJob> find(String kind, String id, String owner);

    /**
     * The owner's newest job of this kind still checking or waiting to be written, started since {@code since}: what
     * a page opened afresh (after its node died, or reloaded) carries on with.
     */
    Optional<ImportJob> unfinished(String kind, String owner, OffsetDateTime since);

    /**
     * Stores the job's progress in the caller's transaction (an import's rows and its DONE commit together).
     * @throws ChangedMeanwhile when another step stored it since it was read
     */
    void save(ImportJob job);

    /** Stores the job's progress in a transaction of its own (a failed import, whose own transaction rolls back). */
    void saveAlone(ImportJob job);
}
