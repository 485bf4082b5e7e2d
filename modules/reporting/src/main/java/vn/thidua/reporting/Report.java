package vn.thidua.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A statutory report as computed: its columns (with the group heading each falls under) and rows (with their code
 * and unit in the official form), each row's cells by column key.
 */
public record Report(String form, int year, String scope, String scopeName, LocalDate from, LocalDate to,
                     List<Column> columns, List<Row> rows) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** {@code group}: the heading above the column ("Chia ra", "Theo phạm vi", …), null for none. */
    public record Column(String key, String label, String group) implements Serializable {
    }

    /**
     * {@code section}: true for a heading line without figures; {@code code}: the row's number in the form;
     * {@code unit}: its unit of count (Tập thể, Người…).
     */
    public record Row(String key, String label, String code, String unit, boolean section, Map<String, Long> cells)
            implements Serializable {

        public long cell(String column) {
            return cells.getOrDefault(column, 0L);
        }
    }

    public String period() {
        return DAY.format(from) + " – " + DAY.format(to);
    }

    public long cell(String row, String column) {
        return rows.stream().filter(r -> r.key().equals(row)).findFirst().map(r -> r.cell(column)).orElse(0L);
    }
}
