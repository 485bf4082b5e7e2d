package vn.thidua.organisation;

import java.time.LocalDate;

public record DisciplineInput(DisciplineLevel level, int year, String decisionNumber, LocalDate decisionDate) {
}
