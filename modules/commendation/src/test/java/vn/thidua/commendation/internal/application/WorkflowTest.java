package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationState;
import vn.thidua.platform.Roles;

class WorkflowTest {

    /** Every legal transition: from, action, posting needed, to. */
    @ParameterizedTest(name = "{0} --{1}--> {3}")
    @CsvSource({
        "DRAFT, SUBMIT, false, SUBMITTED",
        "RETURNED, SUBMIT, false, SUBMITTED",
        "SUBMITTED, RECEIVE, false, RECEIVED",
        "SUBMITTED, RETURN, false, RETURNED",
        "RECEIVED, RETURN, false, RETURNED",
        "APPRAISED, RETURN, false, RETURNED",
        "RECEIVED, APPRAISE, false, APPRAISED",
        "APPRAISED, TO_COUNCIL, false, COUNCIL",
        "COUNCIL, CLOSE_COUNCIL, false, AWAITING_SIGNATURE",
        "COUNCIL, CLOSE_COUNCIL, true, POSTING",
        "POSTING, CLOSE_POSTING, false, AWAITING_SIGNATURE",
        "AWAITING_SIGNATURE, SIGN, false, DECIDED",
        "SUBMITTED, REJECT, false, REJECTED",
        "RECEIVED, REJECT, false, REJECTED",
        "APPRAISED, REJECT, false, REJECTED",
        "COUNCIL, REJECT, false, REJECTED",
        "POSTING, REJECT, false, REJECTED",
        "AWAITING_SIGNATURE, REJECT, false, REJECTED",
        "SENT_TO_CENTRAL, REJECT, false, REJECTED"})
    void legalTransitions(NominationState from, NominationAction action, boolean posting, NominationState to) {
        assertThat(Workflow.target(from, action, posting)).contains(to);
    }

    static Stream<Arguments> everyOtherPair() {
        Set<String> legal = Set.of("DRAFT SUBMIT", "RETURNED SUBMIT", "SUBMITTED RECEIVE", "SUBMITTED RETURN",
                "RECEIVED RETURN", "APPRAISED RETURN", "RECEIVED APPRAISE", "APPRAISED TO_COUNCIL", "COUNCIL CLOSE_COUNCIL",
                "POSTING CLOSE_POSTING", "AWAITING_SIGNATURE SIGN", "SUBMITTED REJECT", "RECEIVED REJECT",
                "APPRAISED REJECT", "COUNCIL REJECT", "POSTING REJECT", "AWAITING_SIGNATURE REJECT",
                "SENT_TO_CENTRAL REJECT");
        Stream.Builder<Arguments> pairs = Stream.builder();
        for (NominationState state : NominationState.values()) {
            for (NominationAction action : NominationAction.values()) {
                if (!legal.contains(state + " " + action)) {
                    pairs.add(Arguments.of(state, action));
                }
            }
        }
        return pairs.build();
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("everyOtherPair")
    void everyOtherTransitionIsRefused(NominationState from, NominationAction action) {
        assertThat(Workflow.target(from, action, true)).isEmpty();
        assertThat(Workflow.target(from, action, false)).isEmpty();
    }

    /** Which roles may take each action (role, action, allowed). */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "thidua-unit-officer, SUBMIT, true", "thidua-unit-officer, RECEIVE, false", "thidua-unit-officer, SIGN, false",
        "thidua-unit-officer, REJECT, false", "thidua-unit-officer, CLOSE_COUNCIL, false",
        "thidua-specialist, SUBMIT, true", "thidua-specialist, RECEIVE, true", "thidua-specialist, RETURN, true",
        "thidua-specialist, APPRAISE, true", "thidua-specialist, TO_COUNCIL, true", "thidua-specialist, CLOSE_COUNCIL, false",
        "thidua-specialist, CLOSE_POSTING, true", "thidua-specialist, SIGN, false", "thidua-specialist, REJECT, true",
        "thidua-council-secretary, CLOSE_COUNCIL, true", "thidua-council-secretary, APPRAISE, false",
        "thidua-council-secretary, SIGN, false", "thidua-council-member, CLOSE_COUNCIL, false",
        "thidua-signer, SIGN, true", "thidua-signer, REJECT, true", "thidua-signer, RECEIVE, false",
        "thidua-admin, RECEIVE, true", "thidua-admin, SIGN, false", "thidua-auditor, SUBMIT, false",
        "thidua-auditor, SIGN, false", "thidua-integration, SUBMIT, false"})
    void rolesPerAction(String role, NominationAction action, boolean allowed) {
        assertThat(Workflow.mayTake(action, role::equals)).isEqualTo(allowed);
    }

    /** State-level proposals: the chairman signs the submission, the office records the central decision. */
    @ParameterizedTest(name = "State level: {0} --{1}--> {2}")
    @CsvSource({"AWAITING_SIGNATURE, SEND_TO_CENTRAL, SENT_TO_CENTRAL", "SENT_TO_CENTRAL, SIGN, DECIDED",
        "SENT_TO_CENTRAL, REJECT, REJECTED"})
    void stateLevelProposalsGoThroughTheCentralLevel(NominationState from, NominationAction action, NominationState to) {
        assertThat(Workflow.target(from, action, false, true)).contains(to);
        assertThat(Workflow.target(NominationState.AWAITING_SIGNATURE, NominationAction.SIGN, false, true)).isEmpty();
        assertThat(Workflow.target(NominationState.AWAITING_SIGNATURE, NominationAction.SEND_TO_CENTRAL, false, false))
                .isEmpty();
    }

    @ParameterizedTest(name = "State level: {0} {1}: {2}")
    @CsvSource({"thidua-signer, SEND_TO_CENTRAL, true", "thidua-specialist, SEND_TO_CENTRAL, false",
        "thidua-specialist, SIGN, true", "thidua-signer, SIGN, false", "thidua-admin, SIGN, true"})
    void stateLevelRoles(String role, NominationAction action, boolean allowed) {
        assertThat(Workflow.mayTake(action, role::equals, true)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RETURN, true", "REJECT, true", "SUBMIT, false", "SIGN, false"})
    void aReturnOrRejectionNeedsItsReason(NominationAction action, boolean needed) {
        assertThat(Workflow.needsComment(action)).isEqualTo(needed);
    }

    @org.junit.jupiter.api.Test
    void aSpecialistSeesWhatTheyMayDoNext() {
        assertThat(Workflow.available(NominationState.SUBMITTED, Set.of(Roles.SPECIALIST)::contains))
                .containsExactly(NominationAction.RECEIVE, NominationAction.RETURN, NominationAction.REJECT);
        assertThat(Workflow.available(NominationState.DECIDED, r -> true)).isEmpty();
        assertThat(EnumSet.allOf(NominationState.class).stream().filter(NominationState::isFinal))
                .containsExactly(NominationState.DECIDED, NominationState.REJECTED);
    }
}
