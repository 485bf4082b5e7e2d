package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;

/** A disciplinary measure taken against a person. */
public record DisciplineRecord(long id, DisciplineLevel level, int year, String decisionNumber, LocalDate decisionDate) implements Serializable {
}
