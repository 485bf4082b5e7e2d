package vn.thidua.commendation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.campaigns.InitiativeKind;
import vn.thidua.campaigns.InitiativeScope;
import vn.thidua.organisation.DisciplineLevel;
import vn.thidua.organisation.Rating;

/**
 * The engine, one case per edge of RULES.md §5, with the conditions written as the seeded rule set writes them
 * ({@link SeededRulesTest} holds them to the migrations).
 * Facts hold only decided awards that are neither revoked nor superseded: a revoked or superseded link is
 * simply absent, and a chain with it breaks.
 */
class EngineTest {

    private static final int Y = 2024;

    /** "key|KIND|parameters[|group]" per condition. */
    private static List<Condition> rules(String... lines) {
        return Arrays.stream(lines).map(line -> {
            String[] p = line.split("\\|");
            return new Condition(p[0], ConditionKind.valueOf(p[1]), Condition.parameters(p[2]), p.length > 3 ? p[3] : null,
                    "cơ sở pháp lý");
        }).toList();
    }

    private static final class F {
        final Map<Integer, Rating> ratings = new HashMap<>();
        final List<Facts.DisciplineFact> disciplines = new ArrayList<>();
        LocalDate start = LocalDate.of(2010, 1, 1);
        final List<Facts.HeldAward> awards = new ArrayList<>();
        final List<Facts.InitiativeFact> initiatives = new ArrayList<>();
        final Map<String, Integer> counts = new HashMap<>();
        final List<Facts.Member> members = new ArrayList<>();
        final List<Facts.ClusterStanding> standings = new ArrayList<>();

        F ranked(int position, int of) {
            standings.add(new Facts.ClusterStanding("Cụm thi đua số 1", position, of, new java.math.BigDecimal("95.50"), null));
            return this;
        }

        F rated(int year, Rating rating) {
            ratings.put(year, rating);
            return this;
        }

        F held(String award, int... years) {
            for (int year : years) {
                awards.add(new Facts.HeldAward(award, year));
            }
            return this;
        }

        F disciplined(DisciplineLevel level, int year) {
            disciplines.add(new Facts.DisciplineFact(level, year));
            return this;
        }

        F started(String date) {
            start = date == null ? null : LocalDate.parse(date);
            return this;
        }

        F initiative(InitiativeScope scope, String recognised) {
            initiatives.add(new Facts.InitiativeFact(InitiativeKind.INITIATIVE, scope, LocalDate.parse(recognised), "SK"));
            return this;
        }

        F counts(String award, int count) {
            counts.put(award, count);
            return this;
        }

        /** {@code total} members of whom the first {@code decided} hold the award and the next {@code met} meet its standard. */
        F membersMeeting(int total, int decided, int met, String award) {
            for (int i = 0; i < total; i++) {
                members.add(new Facts.Member("M" + i, "Thành viên " + i, Rating.HTTNV, List.of(),
                        i < decided ? List.of(award) : List.of(), i >= decided && i < decided + met ? List.of(award) : List.of()));
            }
            return this;
        }

        F memberDisciplined(DisciplineLevel level) {
            members.add(new Facts.Member("MK", "Thành viên kỷ luật", Rating.HTNV, List.of(new Facts.DisciplineFact(level, Y)),
                    List.of()));
            return this;
        }

        /** One more member, rated good, who holds the award of Y (and LĐTT, which it presupposes). */
        F memberHolding(String award) {
            members.add(new Facts.Member("MH", "Thành viên có " + award, Rating.HTXSNV, List.of(), List.of("LDTT", award)));
            return this;
        }

        F memberRated(Rating rating) {
            members.add(new Facts.Member("MR", "Thành viên xếp loại " + rating, rating, List.of(), List.of()));
            return this;
        }

        /** {@code total} members of whom the first {@code holding} hold the award. */
        F members(int total, int holding, String award) {
            for (int i = 0; i < total; i++) {
                members.add(new Facts.Member("M" + i, "Thành viên " + i, Rating.HTTNV, List.of(),
                        i < holding ? List.of(award) : List.of()));
            }
            return this;
        }

        Facts facts() {
            return new Facts(ratings, disciplines, start, awards, initiatives, new Facts.UnitCounts("Xã A", counts), members,
                    standings);
        }
    }

    private static F f() {
        return new F();
    }

    static final List<Condition> LDTT = rules("LDTT.rating|RATING|min=HTTNV;years=0",
            "LDTT.discipline|NO_DISCIPLINE|min=KHIEN_TRACH", "LDTT.months|MONTHS_OF_WORK|months=10");
    static final List<Condition> CSTDCS = rules("CSTDCS.ldtt|HOLDS_AWARD|awards=LDTT;years=0|title",
            "CSTDCS.cstt|HOLDS_AWARD|awards=CSTT;years=0|title", "CSTDCS.initiative|INITIATIVE|scope=CO_SO;count=1;window=1",
            "CSTDCS.cap|UNIT_CAP|of=LDTT;ratio=0.15");
    /** The corrected versions (ND98_2023.2, ND152_2025.2): HTXSNV or an initiative, either will do (Law 2022). */
    static final List<Condition> CSTDCS_2022 = rules("CSTDCS.ldtt|HOLDS_AWARD|awards=LDTT;years=0|title",
            "CSTDCS.cstt|HOLDS_AWARD|awards=CSTT;years=0|title", "CSTDCS.initiative|INITIATIVE|scope=CO_SO;count=1;window=1|merit",
            "CSTDCS.rating|RATING|min=HTXSNV;years=0|merit", "CSTDCS.cap|UNIT_CAP|of=LDTT;ratio=0.15");
    static final List<Condition> CSTD_TINH = rules(
            "CSTD_TINH.chain|HOLDS_AWARD|awards=CSTDCS;years=0,1,2;notReusedBy=CSTD_TINH;period=3",
            "CSTD_TINH.initiative|INITIATIVE|scope=TINH;count=1;window=3");
    static final List<Condition> CSTD_TQ = rules("CSTD_TQ.chain|HOLDS_AWARD|awards=CSTD_TINH;years=0,3",
            "CSTD_TQ.initiative|INITIATIVE|scope=TOAN_QUOC;count=1;window=6");
    static final List<Condition> TTLDTT = rules("TTLDTT.rating|RATING|min=HTTNV;years=0",
            "TTLDTT.share|MEMBERS_SHARE|award=LDTT;share=0.5;strict=true", "TTLDTT.discipline|MEMBERS_NO_DISCIPLINE|min=CANH_CAO");
    static final List<Condition> TTLDXS_SHARE = rules("TTLDXS.share|MEMBERS_SHARE|award=LDTT;share=0.7;strict=false");
    /** The whole title as seeded (ND98_2023.1): the collective's rating and the four conditions on its members. */
    static final List<Condition> TTLDXS = rules("TTLDXS.rating|RATING|min=HTXSNV;years=0",
            "TTLDXS.membersRating|MEMBERS_RATING|min=HTNV", "TTLDXS.share|MEMBERS_SHARE|award=LDTT;share=0.7;strict=false",
            "TTLDXS.cstdcs|MEMBERS_HOLD|award=CSTDCS;count=1", "TTLDXS.discipline|MEMBERS_NO_DISCIPLINE|min=CANH_CAO");
    static final List<Condition> BANG_KHEN = rules("BANG_KHEN_TINH.rating|RATING|min=HTXSNV;years=0,1",
            "BANG_KHEN_TINH.initiatives|INITIATIVE|scope=CO_SO;count=2;window=2");

    /**
     * The third versions (ND98_2023.3, ND152_2025.3): a same-year title's standard met is enough, the cap counts
     * LĐTT and CSTT, the certificate has a person's path (two CSTĐCS or two HTXSNV years, two initiatives) and a
     * collective's of its own.
     */
    static final List<Condition> CSTDCS_3 = rules("CSTDCS.ldtt|HOLDS_AWARD|awards=LDTT;years=0;standard=true|title",
            "CSTDCS.cstt|HOLDS_AWARD|awards=CSTT;years=0;standard=true|title",
            "CSTDCS.initiative|INITIATIVE|scope=CO_SO;count=1;window=1|merit", "CSTDCS.rating|RATING|min=HTXSNV;years=0|merit",
            "CSTDCS.cap|UNIT_CAP|of=LDTT,CSTT;ratio=0.15");
    static final List<Condition> TTLDTT_3 = rules("TTLDTT.rating|RATING|min=HTTNV;years=0",
            "TTLDTT.share|MEMBERS_SHARE|award=LDTT;share=0.5;strict=true;standard=true",
            "TTLDTT.discipline|MEMBERS_NO_DISCIPLINE|min=CANH_CAO");
    static final List<Condition> TTLDXS_CSTDCS_3 = rules("TTLDXS.cstdcs|MEMBERS_HOLD|award=CSTDCS;count=1;standard=true");
    static final List<Condition> BANG_KHEN_3 = rules(
            "BANG_KHEN_TINH.cstdcs|HOLDS_AWARD|awards=CSTDCS;years=0,1;standard=true;for=PERSON;types=THUONG_XUYEN|path",
            "BANG_KHEN_TINH.rating|RATING|min=HTXSNV;years=0,1;for=PERSON;types=THUONG_XUYEN|path",
            "BANG_KHEN_TINH.initiatives|INITIATIVE|scope=CO_SO;count=2;window=2;for=PERSON;types=THUONG_XUYEN",
            "BANG_KHEN_TINH.unitRating|RATING|min=HTXSNV;years=0,1;for=UNIT;types=THUONG_XUYEN",
            "BANG_KHEN_TINH.membersDiscipline|MEMBERS_NO_DISCIPLINE|min=CANH_CAO;for=UNIT;types=THUONG_XUYEN");
    static final List<Condition> BANG_KHEN_TTG = rules("BANG_KHEN_TTG.chain|HELD_BEFORE|awards=BANG_KHEN_TINH;gap=5",
            "BANG_KHEN_TTG.rating|RATING|min=HTXSNV;years=0,1,2,3,4",
            "BANG_KHEN_TTG.initiatives|INITIATIVE|scope=CO_SO;count=5;window=5");
    /** What the standard of a same-year title is read from. */
    static final Map<String, List<Condition>> RULE_SET = Map.of("LDTT", LDTT, "CSTDCS", CSTDCS_3);

    static List<Condition> forPerson(List<Condition> conditions) {
        return conditions.stream().filter(c -> c.appliesTo(vn.thidua.commendation.RecipientType.PERSON,
                vn.thidua.commendation.CommendationType.THUONG_XUYEN)).toList();
    }

    static List<Condition> forUnit(List<Condition> conditions) {
        return conditions.stream().filter(c -> c.appliesTo(vn.thidua.commendation.RecipientType.UNIT,
                vn.thidua.commendation.CommendationType.THUONG_XUYEN)).toList();
    }

    static final List<Condition> CO_TD_TINH = rules("CO_TD_TINH.rank|CLUSTER_RANK|max=1",
            "CO_TD_TINH.rating|RATING|min=HTXSNV;years=0");

    static Stream<Arguments> cases() {
        F cstdcsBase = f().held("LDTT", Y).initiative(InitiativeScope.CO_SO, "2024-05-01").counts("LDTT", 20);
        return Stream.of(
                Arguments.of("LDTT: good rating, no discipline, a full year", LDTT, f().rated(Y, Rating.HTTNV), true, null),
                Arguments.of("LDTT: rating only completed", LDTT, f().rated(Y, Rating.HTNV), false, "LDTT.rating"),
                Arguments.of("LDTT: no rating recorded", LDTT, f(), false, "LDTT.rating"),
                Arguments.of("LDTT: a reprimand taking effect in Y", LDTT,
                        f().rated(Y, Rating.HTXSNV).disciplined(DisciplineLevel.KHIEN_TRACH, Y), false, "LDTT.discipline"),
                Arguments.of("LDTT: a warning of the year before", LDTT,
                        f().rated(Y, Rating.HTXSNV).disciplined(DisciplineLevel.CANH_CAO, Y - 1), true, null),
                Arguments.of("LDTT: started 1 March, exactly 10 months", LDTT, f().rated(Y, Rating.HTTNV).started("2024-03-01"),
                        true, null),
                Arguments.of("LDTT: started 2 March, under 10 months", LDTT, f().rated(Y, Rating.HTTNV).started("2024-03-02"),
                        false, "LDTT.months"),
                Arguments.of("LDTT: start of work unknown", LDTT, f().rated(Y, Rating.HTTNV).started(null), false, "LDTT.months"),
                Arguments.of("CSTDCS: LDTT, an initiative, 3 of 20 within the cap", CSTDCS, copy(cstdcsBase).counts("CSTDCS", 2),
                        true, null),
                Arguments.of("CSTDCS: the cap reached at its boundary (4 > 15% of 20)", CSTDCS,
                        copy(cstdcsBase).counts("CSTDCS", 3), false, "CSTDCS.cap"),
                Arguments.of("CSTDCS: a unit of 6 LDTT may have none", CSTDCS, copy(cstdcsBase).counts("LDTT", 6), false,
                        "CSTDCS.cap"),
                Arguments.of("CSTDCS: the cap full, the candidate already among its 3 holders (counted once)", CSTDCS,
                        copy(cstdcsBase).held("CSTDCS", Y).counts("CSTDCS", 3), true, null),
                Arguments.of("CSTDCS: the cap full, a holder of the year before is no holder of Y", CSTDCS,
                        copy(cstdcsBase).held("CSTDCS", Y - 1).counts("CSTDCS", 3), false, "CSTDCS.cap"),
                Arguments.of("LDTT: no rating and the start of work unknown (two failures)", LDTT, f().started(null), false,
                        "LDTT.rating,LDTT.months"),
                Arguments.of("TTLDXS: excellent, all members at least completed, 7 of 10 LDTT, one CSTDCS", TTLDXS,
                        f().rated(Y, Rating.HTXSNV).members(10, 7, "LDTT").memberHolding("CSTDCS"), true, null),
                Arguments.of("TTLDXS: the collective rated only good", TTLDXS,
                        f().rated(Y, Rating.HTTNV).members(10, 7, "LDTT").memberHolding("CSTDCS"), false, "TTLDXS.rating"),
                Arguments.of("TTLDXS: a member did not complete the tasks", TTLDXS,
                        f().rated(Y, Rating.HTXSNV).members(10, 8, "LDTT").memberHolding("CSTDCS").memberRated(Rating.KHTNV),
                        false, "TTLDXS.membersRating"),
                Arguments.of("TTLDXS: no member CSTDCS", TTLDXS, f().rated(Y, Rating.HTXSNV).members(10, 7, "LDTT"), false,
                        "TTLDXS.cstdcs"),
                Arguments.of("TTLDXS: a member warned in Y", TTLDXS, f().rated(Y, Rating.HTXSNV).members(9, 8, "LDTT")
                        .memberHolding("CSTDCS").memberDisciplined(DisciplineLevel.CANH_CAO), false, "TTLDXS.discipline"),
                Arguments.of("TTLDXS: a member reprimanded (below a warning)", TTLDXS, f().rated(Y, Rating.HTXSNV)
                        .members(9, 8, "LDTT").memberHolding("CSTDCS").memberDisciplined(DisciplineLevel.KHIEN_TRACH), true,
                        null),
                Arguments.of("CSTDCS: CSTT in place of LDTT (alternatives)", CSTDCS,
                        f().held("CSTT", Y).initiative(InitiativeScope.TINH, "2024-02-01").counts("LDTT", 20), true, null),
                Arguments.of("CSTDCS: neither LDTT nor CSTT", CSTDCS,
                        f().initiative(InitiativeScope.CO_SO, "2024-05-01").counts("LDTT", 20), false, "CSTDCS.title"),
                Arguments.of("CSTDCS (Law 2022): HTXSNV and LDTT, no initiative", CSTDCS_2022,
                        f().held("LDTT", Y).rated(Y, Rating.HTXSNV).counts("LDTT", 20), true, null),
                Arguments.of("CSTDCS (Law 2022): HTTNV, LDTT and an initiative", CSTDCS_2022,
                        f().held("LDTT", Y).rated(Y, Rating.HTTNV).initiative(InitiativeScope.CO_SO, "2024-05-01")
                                .counts("LDTT", 20), true, null),
                Arguments.of("CSTDCS (Law 2022): HTTNV and LDTT, neither merit", CSTDCS_2022,
                        f().held("LDTT", Y).rated(Y, Rating.HTTNV).counts("LDTT", 20), false, "CSTDCS.merit"),
                Arguments.of("CSTDCS (Law 2022): HTXSNV without the LDTT standard", CSTDCS_2022,
                        f().rated(Y, Rating.HTXSNV).counts("LDTT", 20), false, "CSTDCS.title"),
                Arguments.of("CSTDCS (Law 2022): HTXSNV the year before only", CSTDCS_2022,
                        f().held("LDTT", Y).rated(Y - 1, Rating.HTXSNV).rated(Y, Rating.HTTNV).counts("LDTT", 20), false,
                        "CSTDCS.merit"),
                Arguments.of("CSTDCS: the initiative recognised the year before", CSTDCS,
                        f().held("LDTT", Y).initiative(InitiativeScope.CO_SO, "2023-12-31").counts("LDTT", 20), false,
                        "CSTDCS.initiative"),
                Arguments.of("CSTD_TINH: three consecutive CSTDCS and a provincial initiative", CSTD_TINH,
                        f().held("CSTDCS", 2022, 2023, 2024).initiative(InitiativeScope.TINH, "2023-06-01"), true, null),
                Arguments.of("CSTD_TINH: a gap in the chain", CSTD_TINH,
                        f().held("CSTDCS", 2022, 2024).initiative(InitiativeScope.TINH, "2023-06-01"), false, "CSTD_TINH.chain"),
                Arguments.of("CSTD_TINH: a revoked or superseded link is missing", CSTD_TINH,
                        f().held("CSTDCS", 2023, 2024).initiative(InitiativeScope.TINH, "2023-06-01"), false, "CSTD_TINH.chain"),
                Arguments.of("CSTD_TINH: chain years already counted for CSTD_TINH 2023", CSTD_TINH,
                        f().held("CSTDCS", 2021, 2022, 2023, 2024).held("CSTD_TINH", 2023)
                                .initiative(InitiativeScope.TINH, "2024-06-01"), false, "CSTD_TINH.chain"),
                Arguments.of("CSTD_TINH: a CSTD_TINH of Y-2 used the CSTDCS of Y-2", CSTD_TINH,
                        f().held("CSTDCS", 2020, 2021, 2022, 2023, 2024).held("CSTD_TINH", 2022)
                                .initiative(InitiativeScope.TINH, "2024-06-01"), false, "CSTD_TINH.chain"),
                Arguments.of("CSTD_TINH: the CSTD_TINH of Y itself does not stop its own chain", CSTD_TINH,
                        f().held("CSTDCS", 2022, 2023, 2024).held("CSTD_TINH", 2024)
                                .initiative(InitiativeScope.TINH, "2024-06-01"), true, null),
                Arguments.of("CSTD_TINH: an earlier CSTD_TINH that does not overlap", CSTD_TINH,
                        f().held("CSTDCS", 2019, 2020, 2021, 2022, 2023, 2024).held("CSTD_TINH", 2021)
                                .initiative(InitiativeScope.TINH, "2024-06-01"), true, null),
                Arguments.of("CSTD_TINH: initiative scope too low", CSTD_TINH,
                        f().held("CSTDCS", 2022, 2023, 2024).initiative(InitiativeScope.CO_SO, "2023-06-01"), false,
                        "CSTD_TINH.initiative"),
                Arguments.of("CSTD_TINH: initiative out of the window", CSTD_TINH,
                        f().held("CSTDCS", 2022, 2023, 2024).initiative(InitiativeScope.TINH, "2021-12-31"), false,
                        "CSTD_TINH.initiative"),
                Arguments.of("CSTD_TQ: CSTD_TINH for Y and Y-3 and a national initiative", CSTD_TQ,
                        f().held("CSTD_TINH", 2021, 2024).initiative(InitiativeScope.TOAN_QUOC, "2020-01-15"), true, null),
                Arguments.of("CSTD_TQ: CSTD_TINH for Y only", CSTD_TQ,
                        f().held("CSTD_TINH", 2024).initiative(InitiativeScope.TOAN_QUOC, "2022-01-15"), false, "CSTD_TQ.chain"),
                Arguments.of("TTLDTT: exactly half the members LDTT is not enough", TTLDTT,
                        f().rated(Y, Rating.HTTNV).members(10, 5, "LDTT"), false, "TTLDTT.share"),
                Arguments.of("TTLDTT: more than half", TTLDTT, f().rated(Y, Rating.HTTNV).members(10, 6, "LDTT"), true, null),
                Arguments.of("TTLDTT: no members", TTLDTT, f().rated(Y, Rating.HTTNV), false, "TTLDTT.share"),
                Arguments.of("TTLDXS: exactly 70% is enough", TTLDXS_SHARE, f().members(10, 7, "LDTT"), true, null),
                Arguments.of("TTLDXS: 69%", TTLDXS_SHARE, f().members(100, 69, "LDTT"), false, "TTLDXS.share"),
                Arguments.of("BANG_KHEN_TINH: two excellent years and two initiatives", BANG_KHEN,
                        f().rated(Y, Rating.HTXSNV).rated(Y - 1, Rating.HTXSNV).initiative(InitiativeScope.CO_SO, "2023-03-01")
                                .initiative(InitiativeScope.TINH, "2024-03-01"), true, null),
                Arguments.of("BANG_KHEN_TINH: one year only good", BANG_KHEN,
                        f().rated(Y, Rating.HTXSNV).rated(Y - 1, Rating.HTTNV).initiative(InitiativeScope.CO_SO, "2023-03-01")
                                .initiative(InitiativeScope.TINH, "2024-03-01"), false, "BANG_KHEN_TINH.rating"),
                Arguments.of("CSTDCS (3): LDTT standard met in Y, not yet decided, and HTXSNV", CSTDCS_3,
                        f().rated(Y, Rating.HTXSNV).counts("LDTT", 20), true, null),
                Arguments.of("CSTDCS (3): LDTT standard missed (a reprimand in Y)", CSTDCS_3,
                        f().rated(Y, Rating.HTXSNV).disciplined(DisciplineLevel.KHIEN_TRACH, Y).counts("LDTT", 20), false,
                        "CSTDCS.title"),
                Arguments.of("CSTDCS (3): LDTT standard missed (started in June)", CSTDCS_3,
                        f().rated(Y, Rating.HTXSNV).started("2024-06-01").counts("LDTT", 20), false, "CSTDCS.title"),
                Arguments.of("CSTDCS (3): the cap counts LDTT and CSTT (10 + 10 → 3)", CSTDCS_3,
                        f().held("LDTT", Y).rated(Y, Rating.HTXSNV).counts("LDTT", 10).counts("CSTT", 10).counts("CSTDCS", 2),
                        true, null),
                Arguments.of("CSTDCS (3): the cap over LDTT and CSTT reached (10 + 10, 3 already)", CSTDCS_3,
                        f().held("LDTT", Y).rated(Y, Rating.HTXSNV).counts("LDTT", 10).counts("CSTT", 10).counts("CSTDCS", 3),
                        false, "CSTDCS.cap"),
                Arguments.of("TTLDTT (3): 3 decided and 3 meeting the LDTT standard of 10", TTLDTT_3,
                        f().rated(Y, Rating.HTTNV).membersMeeting(10, 3, 3, "LDTT"), true, null),
                Arguments.of("TTLDTT (3): 3 decided and 2 meeting, exactly half", TTLDTT_3,
                        f().rated(Y, Rating.HTTNV).membersMeeting(10, 3, 2, "LDTT"), false, "TTLDTT.share"),
                Arguments.of("TTLDTT (1): standards met do not count in the old version", TTLDTT,
                        f().rated(Y, Rating.HTTNV).membersMeeting(10, 3, 3, "LDTT"), false, "TTLDTT.share"),
                Arguments.of("TTLDXS (3): one member meets the CSTDCS standard, undecided", TTLDXS_CSTDCS_3,
                        f().membersMeeting(5, 0, 1, "CSTDCS"), true, null),
                Arguments.of("TTLDXS (3): no member CSTDCS, decided or met", TTLDXS_CSTDCS_3,
                        f().membersMeeting(5, 0, 0, "CSTDCS"), false, "TTLDXS.cstdcs"),
                Arguments.of("BANG_KHEN_TINH (3): CSTDCS two years, rated only good, two initiatives", forPerson(BANG_KHEN_3),
                        f().held("CSTDCS", Y - 1, Y).rated(Y, Rating.HTTNV).rated(Y - 1, Rating.HTTNV)
                                .initiative(InitiativeScope.CO_SO, "2023-03-01").initiative(InitiativeScope.CO_SO, "2024-03-01"),
                        true, null),
                Arguments.of("BANG_KHEN_TINH (3): HTXSNV two years, no CSTDCS, two initiatives", forPerson(BANG_KHEN_3),
                        f().rated(Y, Rating.HTXSNV).rated(Y - 1, Rating.HTXSNV)
                                .initiative(InitiativeScope.CO_SO, "2023-03-01").initiative(InitiativeScope.CO_SO, "2024-03-01"),
                        true, null),
                Arguments.of("BANG_KHEN_TINH (3): CSTDCS Y-1 decided, Y's standard met", forPerson(BANG_KHEN_3),
                        f().held("CSTDCS", Y - 1).held("LDTT", Y).rated(Y, Rating.HTTNV).rated(Y - 1, Rating.HTTNV)
                                .initiative(InitiativeScope.CO_SO, "2024-03-01").initiative(InitiativeScope.CO_SO, "2024-04-01")
                                .counts("LDTT", 20), true, null),
                Arguments.of("BANG_KHEN_TINH (3): a gap — CSTDCS Y-2 and Y, rated good", forPerson(BANG_KHEN_3),
                        f().held("CSTDCS", Y - 2, Y).rated(Y, Rating.HTTNV).rated(Y - 1, Rating.HTTNV)
                                .initiative(InitiativeScope.CO_SO, "2023-03-01").initiative(InitiativeScope.CO_SO, "2024-03-01"),
                        false, "BANG_KHEN_TINH.path"),
                Arguments.of("BANG_KHEN_TINH (3): a revoked CSTDCS of Y-1 is missing", forPerson(BANG_KHEN_3),
                        f().held("CSTDCS", Y).rated(Y, Rating.HTTNV).rated(Y - 1, Rating.HTXSNV)
                                .initiative(InitiativeScope.CO_SO, "2023-03-01").initiative(InitiativeScope.CO_SO, "2024-03-01"),
                        false, "BANG_KHEN_TINH.path"),
                Arguments.of("BANG_KHEN_TINH (3): the path held, one initiative only", forPerson(BANG_KHEN_3),
                        f().held("CSTDCS", Y - 1, Y).initiative(InitiativeScope.CO_SO, "2024-03-01"), false,
                        "BANG_KHEN_TINH.initiatives"),
                Arguments.of("BANG_KHEN_TINH (3): a collective, HTXSNV two years, no initiative needed", forUnit(BANG_KHEN_3),
                        f().rated(Y, Rating.HTXSNV).rated(Y - 1, Rating.HTXSNV).members(5, 0, "LDTT"), true, null),
                Arguments.of("BANG_KHEN_TINH (3): a collective with a member warned in Y", forUnit(BANG_KHEN_3),
                        f().rated(Y, Rating.HTXSNV).rated(Y - 1, Rating.HTXSNV).memberDisciplined(DisciplineLevel.CANH_CAO),
                        false, "BANG_KHEN_TINH.membersDiscipline"),
                Arguments.of("BANG_KHEN_TINH (3): a collective good the year before", forUnit(BANG_KHEN_3),
                        f().rated(Y, Rating.HTXSNV).rated(Y - 1, Rating.HTTNV), false, "BANG_KHEN_TINH.unitRating"),
                Arguments.of("BANG_KHEN_TTG [P]: provincial certificate 2019, five excellent years, five initiatives",
                        BANG_KHEN_TTG, excellentFrom(2019).held("BANG_KHEN_TINH", 2019), true, null),
                Arguments.of("BANG_KHEN_TTG [P]: provincial certificate 2020, too recent", BANG_KHEN_TTG,
                        excellentFrom(2019).held("BANG_KHEN_TINH", 2020), false, "BANG_KHEN_TTG.chain"),
                Arguments.of("CO_TD_TINH: leads its cluster, rated excellent", CO_TD_TINH,
                        f().ranked(1, 6).rated(Y, Rating.HTXSNV), true, null),
                Arguments.of("CO_TD_TINH: second of its cluster", CO_TD_TINH,
                        f().ranked(2, 6).rated(Y, Rating.HTXSNV), false, "CO_TD_TINH.rank"),
                Arguments.of("CO_TD_TINH: leads but rated only good", CO_TD_TINH,
                        f().ranked(1, 6).rated(Y, Rating.HTTNV), false, "CO_TD_TINH.rating"),
                Arguments.of("CO_TD_TINH: no published ranking", CO_TD_TINH, f().rated(Y, Rating.HTXSNV), false,
                        "CO_TD_TINH.rank"),
                Arguments.of("CO_TD_TINH: leads its bloc though second in its cluster", CO_TD_TINH,
                        f().ranked(2, 6).ranked(1, 4).rated(Y, Rating.HTXSNV), true, null));
    }

    /** HTXSNV each year from {@code first + 1} to Y and an initiative recognised each of those years. */
    private static F excellentFrom(int first) {
        F facts = f();
        for (int y = first + 1; y <= Y; y++) {
            facts.rated(y, Rating.HTXSNV).initiative(InitiativeScope.CO_SO, y + "-05-01");
        }
        return facts;
    }

    private static F copy(F source) {
        F copy = f();
        copy.ratings.putAll(source.ratings);
        copy.awards.addAll(source.awards);
        copy.initiatives.addAll(source.initiatives);
        copy.counts.putAll(source.counts);
        return copy;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluatesEachEdge(String name, List<Condition> conditions, F facts, boolean eligible, String failingRule) {
        List<Check> checks = Engine.evaluate(conditions, Y, facts.facts(), RULE_SET);

        assertThat(checks).allSatisfy(check -> assertThat(check.message()).isNotBlank());
        assertThat(checks.stream().allMatch(Check::passed)).as(checks.toString()).isEqualTo(eligible);
        // Exactly the rules named fail (comma-separated), none besides: a case that fails for another reason too
        // proves nothing about its edge.
        assertThat(checks.stream().filter(c -> !c.passed()).map(Check::rule)).as(checks.toString())
                .containsExactlyInAnyOrder(failingRule == null ? new String[0] : failingRule.split(","));
    }

    @org.junit.jupiter.api.Test
    void saysWhetherTheSameYearTitleIsDecidedOrOnlyItsStandardMet() {
        List<Check> undecided = Engine.evaluate(CSTDCS_3, Y, f().rated(Y, Rating.HTXSNV).counts("LDTT", 20).facts(), RULE_SET);
        List<Check> decided = Engine.evaluate(CSTDCS_3, Y, f().held("LDTT", Y).rated(Y, Rating.HTXSNV).counts("LDTT", 20)
                .facts(), RULE_SET);

        assertThat(undecided.get(0).message()).contains("LĐTT có: 2024 (đạt tiêu chuẩn, chưa có quyết định)");
        assertThat(decided.get(0).message()).contains("LĐTT có: 2024 (đã có quyết định)");
        assertThat(Engine.meetsStandard("CSTDCS", Y, f().rated(Y, Rating.HTXSNV).counts("LDTT", 0).facts(), RULE_SET))
                .as("the cap is no part of the standard").isTrue();
        assertThat(Engine.meetsStandard("CSTT", Y, f().rated(Y, Rating.HTXSNV).facts(), RULE_SET))
                .as("no encoded standard").isFalse();
    }

    @org.junit.jupiter.api.Test
    void aConditionAppliesWhereItsParametersSay() {
        assertThat(forPerson(BANG_KHEN_3)).extracting(Condition::key).containsExactly("BANG_KHEN_TINH.cstdcs",
                "BANG_KHEN_TINH.rating", "BANG_KHEN_TINH.initiatives");
        assertThat(forUnit(BANG_KHEN_3)).extracting(Condition::key).containsExactly("BANG_KHEN_TINH.unitRating",
                "BANG_KHEN_TINH.membersDiscipline");
        assertThat(BANG_KHEN_3).noneMatch(c -> c.appliesTo(vn.thidua.commendation.RecipientType.HOUSEHOLD,
                vn.thidua.commendation.CommendationType.THUONG_XUYEN));
        assertThat(rules("X.y|RATING|min=HTTNV;years=0;types=THUONG_XUYEN").get(0).appliesTo(
                vn.thidua.commendation.RecipientType.PERSON, vn.thidua.commendation.CommendationType.CHUYEN_DE)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void namesTheClusterAndThePlace() {
        List<Check> checks = Engine.evaluate(CO_TD_TINH, Y, f().ranked(1, 6).rated(Y, Rating.HTXSNV).facts());
        assertThat(checks.get(0).message()).isEqualTo("Xếp thứ 1/6 trong Cụm thi đua số 1 năm 2024 (95.50 điểm); cần xếp thứ 1");
    }

    @org.junit.jupiter.api.Test
    void namesTheEvidenceInVietnamese() {
        List<Check> checks = Engine.evaluate(CSTD_TINH, Y,
                f().held("CSTDCS", 2022, 2023).initiative(InitiativeScope.TINH, "2023-06-01").facts());

        assertThat(checks.get(0).message()).isEqualTo("CSTĐCS có: 2022, 2023; thiếu: 2024");
        assertThat(checks.get(1).message()).contains("1 sáng kiến phạm vi từ tỉnh trở lên được công nhận trong 2022–2024")
                .contains("(tỉnh, 01/06/2023)").doesNotContain("TINH");
    }
}
