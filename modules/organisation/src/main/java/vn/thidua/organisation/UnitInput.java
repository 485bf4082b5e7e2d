package vn.thidua.organisation;

import java.time.LocalDate;

/** What a user or a system gives to create or update a unit; {@code parentCode} null keeps the parent. */
public record UnitInput(String name, String parentCode, UnitKind kind, LocalDate validFrom, LocalDate validTo,
                        MemberCount memberCount) {

    public UnitInput {
        memberCount = memberCount == null ? MemberCount.AUTO : memberCount;
    }

    /** A unit whose members are counted the default way (AUTO). */
    public UnitInput(String name, String parentCode, UnitKind kind, LocalDate validFrom, LocalDate validTo) {
        this(name, parentCode, kind, validFrom, validTo, MemberCount.AUTO);
    }
}
