package vn.thidua.platform.sheets;

import java.util.List;

/** A data row as typed: the texts of its cells in the template's column order; {@code number} is Excel's row. */
public record SheetRow(int number, List<String> cells) implements java.io.Serializable {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
