package vn.thidua.organisation.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.platform.Violation;

/**
 * One import of a people workbook, kept on the server (not in the session or view) while the page polls it:
 * checked in steps so that progress shows, then written in one transaction or refused with every error.
 */
public final class ImportJob {

    public enum State { CHECKING, READY, REFUSED, DONE, FAILED }

    /** An error of one cell (or of a row when {@code column} is null). */
    public record RowError(int row, String column, Violation violation) {
    }

    final String id;
    final String owner;
    final Instant createdAt = Instant.now();
    final List<PeopleWorkbook.RawRow> rows;
    final List<RowError> errors = new ArrayList<>();
    final Map<String, Integer> codesSeen = new HashMap<>();
    final Map<String, Integer> citizenIdsSeen = new HashMap<>();
    final Map<String, String> unitPaths = new HashMap<>();
    volatile int checked;
    volatile State state = State.CHECKING;
    volatile int imported;

    ImportJob(String id, String owner, List<PeopleWorkbook.RawRow> rows) {
        this.id = id;
        this.owner = owner;
        this.rows = List.copyOf(rows);
    }

    public String id() {
        return id;
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
}
