package vn.thidua.platform.sheets;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.thidua.platform.Violation;

/**
 * One import of a workbook while the page polls it: checked in steps so that progress shows, then written in one
 * transaction or refused with every error. The job lives in the database ({@link ImportJobs}), not in a session,
 * view or node: any node of a cluster carries on with it. Importers keep what they learn while checking (codes seen
 * in the file, units looked up) in {@link #memo(String)}; what they put there must be serialisable.
 */
public final class ImportJob {

    public enum State { CHECKING, READY, REFUSED, DONE, FAILED }

    /** An error of one cell (or of the file or a row when {@code column} is null or not a column). */
    public record RowError(int row, String column, Violation violation) implements Serializable {
    }

    /** What changes while a job runs: stored again after every step. */
    record Progress(List<RowError> errors, HashMap<String, HashMap<String, Object>> memos, int checked, State state,
                    int imported) implements Serializable {
    }

    private final String id;
    private final String owner;
    private final Instant createdAt;
    private final int total;
    private final Supplier<List<SheetRow>> rowsLoader;
    private List<SheetRow> rows;
    private final List<RowError> errors;
    private final HashMap<String, HashMap<String, Object>> memos;
    private volatile int checked;
    private volatile State state;
    private volatile int imported;
    private final long version;

    public ImportJob(String owner, List<SheetRow> rows) {
        this.id = UUID.randomUUID().toString();
        this.owner = owner;
        this.createdAt = Instant.now();
        this.rows = List.copyOf(rows);
        this.rowsLoader = null;
        this.total = rows.size();
        this.errors = new ArrayList<>();
        this.memos = new HashMap<>();
        this.state = State.CHECKING;
        this.version = 0;
        if (rows.isEmpty()) {
            errors.add(new RowError(0, null, Violation.of("file", "sheet.empty")));
            state = State.REFUSED;
        }
    }

    /**
     * A job read back from the store ({@code vn.thidua.platform.internal.sheets}); its rows are read only when a step
     * needs them. {@code stored} is what {@link #stored()} gave when it was written.
     */
    public static ImportJob restored(String id, String owner, Instant createdAt, int total, Supplier<List<SheetRow>> rows,
                                     Object stored, long version) {
        return new ImportJob(id, owner, createdAt, total, rows, (Progress) stored, version);
    }

    /** For the store: the progress as it is written and read back, opaque to everyone else. */
    public java.io.Serializable stored() {
        return progress();
    }

    /** For the store: the version the job was read at (a step stored since makes the next store fail). */
    public long storedVersion() {
        return version();
    }

    /** A job read back from the store; its rows are read only when a step needs them. */
    ImportJob(String id, String owner, Instant createdAt, int total, Supplier<List<SheetRow>> rows, Progress progress,
              long version) {
        this.id = id;
        this.owner = owner;
        this.createdAt = createdAt;
        this.total = total;
        this.rowsLoader = rows;
        this.errors = new ArrayList<>(progress.errors());
        this.memos = progress.memos();
        this.checked = progress.checked();
        this.state = progress.state();
        this.imported = progress.imported();
        this.version = version;
    }

    synchronized Progress progress() {
        return new Progress(List.copyOf(errors), memos, checked, state, imported);
    }

    long version() {
        return version;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized List<SheetRow> rows() {
        if (rows == null) {
            rows = rowsLoader.get();
        }
        return rows;
    }

    public int total() {
        return total;
    }

    public int checked() {
        return checked;
    }

    public State state() {
        return state;
    }

    public int imported() {
        return imported;
    }

    public synchronized List<RowError> errors() {
        return List.copyOf(errors);
    }

    public synchronized void addError(int row, String column, Violation violation) {
        errors.add(new RowError(row, column, violation));
    }

    /** A map the importer fills while checking (for example "codes" → the row where each code was first seen). */
    @SuppressWarnings("unchecked")
    public synchronized <V> Map<String, V> memo(String name) {
        return (Map<String, V>) memos.computeIfAbsent(name, n -> new HashMap<>());
    }

    /** The rows not yet checked, at most {@code max}. */
    public List<SheetRow> nextRows(int max) {
        List<SheetRow> all = rows();
        return all.subList(checked, Math.min(all.size(), checked + max));
    }

    /** Records that {@code count} more rows were checked; once all are, the job is ready or refused. */
    public synchronized void checkedMore(int count) {
        checked = Math.min(total, checked + count);
        if (checked == total && state == State.CHECKING) {
            state = errors.isEmpty() ? State.READY : State.REFUSED;
        }
    }

    public synchronized void done(int count) {
        imported = count;
        state = State.DONE;
    }

    public synchronized void failed(int row, String column, Violation cause) {
        errors.add(new RowError(row, column, cause));
        state = State.FAILED;
    }
}
