package vn.thidua.organisation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.organisation.DisciplineInput;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.DisciplineRecord;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.PersonDetails;
import vn.thidua.organisation.PersonInput;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.organisation.Rating;
import vn.thidua.organisation.YearRating;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;
import vn.thidua.platform.ProvinceClock;

/**
 * A person's page: the record (new or existing) with its form, memberships, ratings, discipline and the
 * merge of a duplicate record. Opened as {@code person.xhtml?code=…}; without a code it creates a person.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PERSON_FIELDS = Set.of("code", "fullName", "gender", "birthDate",
            "positionCategory", "startDate", "citizenId", "unitCode", "unitSince");

    @Inject private PersonService people;

    /** The commendation history, from the module that owns commendations (absent in a WAR without it). */
    @Inject private jakarta.enterprise.inject.Instance<vn.thidua.platform.web.RecordHistory> histories;

    @Getter @Setter private String code;
    @Getter private PersonDetails person;
    @Getter private boolean notFound;
    private boolean unavailable;
    @Getter private List<YearRating> ratings = List.of();
    @Getter private List<DisciplineRecord> disciplines = List.of();
    private List<vn.thidua.platform.web.HistoryLine> commendations = List.of();
    /** Whether the page offers its edit controls: read-only roles (an auditor) see the record only. */
    @Getter private boolean mayWrite;

    @Getter @Setter private String formCode;
    @Getter @Setter private String fullName;
    @Getter @Setter private Gender gender;
    @Getter @Setter private LocalDate birthDate;
    @Getter @Setter private PositionCategory positionCategory;
    @Getter @Setter private LocalDate startDate;
    @Getter @Setter private String citizenId;
    @Getter private boolean citizenIdRevealed;
    @Getter @Setter private String unitCode;
    @Getter @Setter private LocalDate unitSince;

    @Getter @Setter private Integer ratingYear = ProvinceClock.thisYear() - 1;
    @Getter @Setter private Rating rating;
    @Getter @Setter private DisciplineLevel disciplineLevel;
    @Getter @Setter private Integer disciplineYear;
    @Getter @Setter private String decisionNumber;
    @Getter @Setter private LocalDate decisionDate;
    @Getter @Setter private String duplicateCode;

    /** The view action: loads the person named by the {@code code} parameter. */
    public void load() {
        mayWrite = people.mayWrite(code);
        if (code == null || code.isBlank()) {
            return;
        }
        unavailable = !FacesViolations.attempt("personForm", Set.of(), () -> {
            person = people.findByCode(code, false).orElse(null);
            notFound = person == null;
            if (person != null) {
                fillForm();
                ratings = people.ratings(code);
                disciplines = people.disciplines(code);
                commendations = histories.isResolvable() ? histories.get().of("PERSON", code) : List.of();
            }
        });
    }

    private void fillForm() {
        formCode = person.code();
        fullName = person.fullName();
        gender = person.gender();
        birthDate = person.birthDate();
        positionCategory = person.positionCategory();
        startDate = person.startDate();
        citizenId = person.citizenId();
        citizenIdRevealed = !person.citizenIdMasked();
        unitCode = person.currentMembership() == null ? null : person.currentMembership().unitCode();
        unitSince = null;
    }

    public boolean isCreating() {
        return person == null;
    }

    public void save() {
        boolean creating = isCreating();
        boolean saved = FacesViolations.attempt("personForm", PERSON_FIELDS, () -> {
            Checks checks = new Checks();
            String personCode = checks.code("code", formCode, true);
            checks.code("unitCode", unitCode, true);
            checks.throwIfAny();
            if (creating && people.findByCode(personCode, false).isPresent()) {
                throw new InvalidInputException(new Violation("code", "vn.thidua.organisation.i18n.messages",
                        "person.codeTaken", personCode));
            }
            person = people.save(personCode, new PersonInput(fullName, unitCode, unitSince, gender, birthDate,
                    positionCategory, startDate, citizenId), creating ? null : person.version()).value();
            code = personCode;
        });
        if (saved) {
            FacesMessages.info(null, "orgmsg", "person.saved", code);
            fillForm();
            ratings = people.ratings(code);
            disciplines = people.disciplines(code);
        }
    }

    public void revealCitizenId() {
        FacesViolations.attempt("personForm", Set.of(), () -> {
            PersonDetails revealed = people.findByCode(code, true).orElseThrow();
            citizenId = revealed.citizenId();
            citizenIdRevealed = !revealed.citizenIdMasked();
            if (citizenIdRevealed) {
                FacesMessages.info("personForm:citizenId", "orgmsg", "person.citizenIdRevealed");
            }
        });
    }

    public boolean isMayRevealCitizenId() {
        return person != null && person.citizenIdMasked() && people.mayReadCitizenIdOf(person.code());
    }

    public void rate() {
        boolean done = FacesViolations.attempt("ratingForm", Set.of("year", "rating"), () ->
                people.rate(code, ratingYear == null ? 0 : ratingYear, rating));
        if (done) {
            FacesMessages.info(null, "orgmsg", "person.rated", ratingYear);
            ratings = people.ratings(code);
        }
    }

    public void addDiscipline() {
        boolean done = FacesViolations.attempt("disciplineForm", Set.of("level", "year", "decisionNumber",
                "decisionDate"), () -> people.addDiscipline(code, new DisciplineInput(disciplineLevel,
                disciplineYear == null ? 0 : disciplineYear, decisionNumber, decisionDate)));
        if (done) {
            FacesMessages.info(null, "orgmsg", "person.disciplineAdded");
            disciplines = people.disciplines(code);
            disciplineLevel = null;
            disciplineYear = null;
            decisionNumber = null;
            decisionDate = null;
        }
    }

    public void merge() {
        String duplicate = duplicateCode;
        boolean done = FacesViolations.attempt("mergeForm", Set.of("duplicateCode"), () -> {
            Checks checks = new Checks();
            checks.code("duplicateCode", duplicate, true);
            checks.throwIfAny();
            person = people.merge(duplicate, code);
        });
        if (done) {
            FacesMessages.info(null, "orgmsg", "person.merged", duplicate);
            duplicateCode = null;
            fillForm();
            ratings = people.ratings(code);
            disciplines = people.disciplines(code);
        }
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public PositionCategory[] getCategories() {
        return PositionCategory.values();
    }

    public Rating[] getRatingValues() {
        return Rating.values();
    }

    public DisciplineLevel[] getLevels() {
        return DisciplineLevel.values();
    }

    /** The person could not be read (outside the caller's units): the page shows only why. */
    public boolean isUnavailable() {
        return unavailable;
    }

    /** The person's commendations, newest first, revoked and corrected ones marked. */
    public List<vn.thidua.platform.web.HistoryLine> getCommendations() {
        return commendations;
    }
}
