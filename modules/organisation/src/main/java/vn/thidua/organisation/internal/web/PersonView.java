package vn.thidua.organisation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

    @Inject
    private PersonService people;

    /** The commendation history, from the module that owns commendations (absent in a WAR without it). */
    @Inject
    private jakarta.enterprise.inject.Instance<vn.thidua.platform.web.RecordHistory> histories;

    private String code;
    private PersonDetails person;
    private boolean notFound;
    private boolean unavailable;
    private List<YearRating> ratings = List.of();
    private List<DisciplineRecord> disciplines = List.of();
    private List<vn.thidua.platform.web.HistoryLine> commendations = List.of();
    /** Whether the page offers its edit controls: read-only roles (an auditor) see the record only. */
    private boolean mayWrite;

    private String formCode;
    private String fullName;
    private Gender gender;
    private LocalDate birthDate;
    private PositionCategory positionCategory;
    private LocalDate startDate;
    private String citizenId;
    private boolean citizenIdRevealed;
    private String unitCode;
    private LocalDate unitSince;

    private Integer ratingYear = ProvinceClock.thisYear() - 1;
    private Rating rating;
    private DisciplineLevel disciplineLevel;
    private Integer disciplineYear;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String duplicateCode;

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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PersonDetails getPerson() {
        return person;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** The person could not be read (outside the caller's units): the page shows only why. */
    public boolean isUnavailable() {
        return unavailable;
    }

    public List<YearRating> getRatings() {
        return ratings;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    /** The person's commendations, newest first, revoked and corrected ones marked. */
    public List<vn.thidua.platform.web.HistoryLine> getCommendations() {
        return commendations;
    }

    public List<DisciplineRecord> getDisciplines() {
        return disciplines;
    }

    public String getFormCode() {
        return formCode;
    }

    public void setFormCode(String formCode) {
        this.formCode = formCode;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public PositionCategory getPositionCategory() {
        return positionCategory;
    }

    public void setPositionCategory(PositionCategory positionCategory) {
        this.positionCategory = positionCategory;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getCitizenId() {
        return citizenId;
    }

    public void setCitizenId(String citizenId) {
        this.citizenId = citizenId;
    }

    public boolean isCitizenIdRevealed() {
        return citizenIdRevealed;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalDate getUnitSince() {
        return unitSince;
    }

    public void setUnitSince(LocalDate unitSince) {
        this.unitSince = unitSince;
    }

    public Integer getRatingYear() {
        return ratingYear;
    }

    public void setRatingYear(Integer ratingYear) {
        this.ratingYear = ratingYear;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public DisciplineLevel getDisciplineLevel() {
        return disciplineLevel;
    }

    public void setDisciplineLevel(DisciplineLevel disciplineLevel) {
        this.disciplineLevel = disciplineLevel;
    }

    public Integer getDisciplineYear() {
        return disciplineYear;
    }

    public void setDisciplineYear(Integer disciplineYear) {
        this.disciplineYear = disciplineYear;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getDuplicateCode() {
        return duplicateCode;
    }

    public void setDuplicateCode(String duplicateCode) {
        this.duplicateCode = duplicateCode;
    }
}
