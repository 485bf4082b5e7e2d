package vn.thidua.campaigns;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A recognised initiative (or research project, or combat ingenuity) and its authors' person codes. */
public record Initiative(long id, String title, InitiativeKind kind, InitiativeScope scope, LocalDate recognisedOn,
                         String decisionNumber, List<String> authorCodes) implements Serializable {

    /** The authors' codes as one line, for lists. */
    public String authors() {
        return String.join(", ", authorCodes);
    }
}
