package vn.thidua.platform.sheets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.thidua.platform.Violation;

/**
 * One import of a workbook, kept on the server (not in the session or view) while the page polls it: checked in
 * steps so that progress shows, then written in one transaction or refused with every error. Importers keep
 * what they learn while checking (codes seen in the file, units looked up) in {@link #memo(String)}.
 */
public final class ImportJob {

    public enum State { CHECKING, READY, REFUSED, DONE, FAILED }

    /** An error of one cell (or of the file or a row when {@code column} is null or not a column). */
    public record RowError(int row, String column, Violation violation) {
    }

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final Instant createdAt = Instant.now();
    private final List<SheetRow> rows;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Map<String, Object>> memos = new HashMap<>();
    private volatile int checked;
    private volatile State state = State.CHECKING;
    private volatile int imported;

    public ImportJob(String owner, List<SheetRow> rows) {
        this.owner = owner;
        this.rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            errors.add(new RowError(0, null, Violation.of("file", "sheet.empty")));
            state = State.REFUSED;
        }
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

    public List<SheetRow> rows() {
        return rows;
    }

    public int total() {
        return rows.size();
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
        return rows.subList(checked, Math.min(rows.size(), checked + max));
    }

    /** Records that {@code count} more rows were checked; once all are, the job is ready or refused. */
    public synchronized void checkedMore(int count) {
        checked = Math.min(rows.size(), checked + count);
        if (checked == rows.size() && state == State.CHECKING) {
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
