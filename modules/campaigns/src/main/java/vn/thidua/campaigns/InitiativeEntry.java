package vn.thidua.campaigns;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An initiative as the registry shows it: what, by whom, where, recognised by whom, with its evidence of effect. */
public record InitiativeEntry(long id, String title, InitiativeKind kind, InitiativeScope scope, LocalDate recognisedOn,
                              String decisionNumber, List<String> authorCodes, String field, String recognisingBody,
                              String effect, List<Movements.DocumentDetails> evidence) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String authors() {
        return String.join(", ", authorCodes);
    }

    public String recognisedOnText() {
        return DAY.format(recognisedOn);
    }
}
