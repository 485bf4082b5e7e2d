package vn.thidua.commendation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.commendation.AnnualCycle;
import vn.thidua.commendation.CouncilRoster;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ProvinceClock;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** A unit's council for a year: its members in order, each chosen from the people's registry or named. */
@Named
@ViewScoped
public class CouncilView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CouncilRoster rosters;
    @Inject private AnnualCycle cycle;

    @Getter @Setter private String unitCode;
    @Getter @Setter private Integer year = ProvinceClock.thisYear();
    private final ArrayList<Row> rows = new ArrayList<>();
    @Getter private boolean loaded;

    /** One line of the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        @Getter @Setter private String personCode;
        @Getter @Setter private String name;
        @Getter @Setter private CouncilRoster.Seat seat = CouncilRoster.Seat.MEMBER;
    }

    /** {@code council.xhtml?unit=…&year=…}: opens that roster. */
    public void open() {
        if (unitCode != null && !unitCode.isBlank() && !loaded) {
            load();
        }
    }

    public void load() {
        loaded = FacesViolations.attempt("rosterForm", Set.of("unitCode", "year"), () -> {
            Checks checks = new Checks();
            checks.code("unitCode", unitCode, true);
            checks.year("year", year);
            checks.throwIfAny();
            rows.clear();
            for (CouncilRoster.Member member : rosters.of(unitCode.strip(), year)) {
                Row row = new Row();
                row.setPersonCode(member.personCode());
                row.setName(member.name());
                row.setSeat(member.seat());
                rows.add(row);
            }
            if (rows.isEmpty()) {
                addRow();
            }
        });
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Moves a member one place up: the roster keeps the order of the decision establishing the council. */
    public void up(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public void save() {
        if (FacesViolations.attempt("rosterForm", Set.of("unitCode", "year", "members"), () -> rosters.save(
                unitCode.strip(), year, rows.stream().map(r -> new CouncilRoster.Member(r.getName(), r.getSeat(),
                        r.getPersonCode())).toList()))) {
            load();
            FacesMessages.info(null, "cmdmsg", "roster.saved", rows.size(), Integer.toString(year));
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public CouncilRoster.Seat[] getSeats() {
        return CouncilRoster.Seat.values();
    }
}
