package vn.thidua.organisation;

import java.time.LocalDate;

/** What a user or a system gives to create or update a unit; {@code parentCode} null keeps the parent. */
public record UnitInput(String name, String parentCode, UnitKind kind, LocalDate validFrom, LocalDate validTo) {
}
