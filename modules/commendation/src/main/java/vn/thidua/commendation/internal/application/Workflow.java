package vn.thidua.commendation.internal.application;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationState;
import vn.thidua.platform.Roles;

/**
 * The workflow of a nomination batch as a table: for each action, the states it leaves, the roles that may take
 * it and whether it needs a comment. Closing the council leads to the public posting when an award of the batch
 * requires one, else straight to the signature.
 */
public final class Workflow {

    record Step(Set<NominationState> from, Set<String> roles, boolean commentRequired) {
    }

    private static final Map<NominationAction, Step> STEPS = new EnumMap<>(NominationAction.class);

    static {
        STEPS.put(NominationAction.SUBMIT, new Step(EnumSet.of(NominationState.DRAFT, NominationState.RETURNED),
                Set.of(Roles.UNIT_OFFICER, Roles.SPECIALIST, Roles.ADMIN), false));
        STEPS.put(NominationAction.RECEIVE, new Step(EnumSet.of(NominationState.SUBMITTED),
                Set.of(Roles.SPECIALIST, Roles.ADMIN), false));
        STEPS.put(NominationAction.RETURN, new Step(EnumSet.of(NominationState.SUBMITTED, NominationState.RECEIVED,
                NominationState.APPRAISED), Set.of(Roles.SPECIALIST, Roles.ADMIN), true));
        STEPS.put(NominationAction.APPRAISE, new Step(EnumSet.of(NominationState.RECEIVED),
                Set.of(Roles.SPECIALIST, Roles.ADMIN), false));
        STEPS.put(NominationAction.TO_COUNCIL, new Step(EnumSet.of(NominationState.APPRAISED),
                Set.of(Roles.SPECIALIST, Roles.ADMIN), false));
        STEPS.put(NominationAction.CLOSE_COUNCIL, new Step(EnumSet.of(NominationState.COUNCIL),
                Set.of(Roles.COUNCIL_SECRETARY, Roles.ADMIN), false));
        STEPS.put(NominationAction.CLOSE_POSTING, new Step(EnumSet.of(NominationState.POSTING),
                Set.of(Roles.SPECIALIST, Roles.ADMIN), false));
        // Only the leader signs: not even an administrator signs in the leader's stead.
        STEPS.put(NominationAction.SIGN, new Step(EnumSet.of(NominationState.AWAITING_SIGNATURE),
                Set.of(Roles.SIGNER), false));
        STEPS.put(NominationAction.REJECT, new Step(EnumSet.of(NominationState.SUBMITTED, NominationState.RECEIVED,
                NominationState.APPRAISED, NominationState.COUNCIL, NominationState.POSTING,
                NominationState.AWAITING_SIGNATURE, NominationState.SENT_TO_CENTRAL),
                Set.of(Roles.SPECIALIST, Roles.SIGNER, Roles.ADMIN), true));
        // State-level proposals: the chairman signs the province's submission, which goes to the central level;
        // the office records the central decision when it comes back (that is their SIGN).
        STEPS.put(NominationAction.SEND_TO_CENTRAL, new Step(EnumSet.of(NominationState.AWAITING_SIGNATURE),
                Set.of(Roles.SIGNER), false));
    }

    private static final Step CENTRAL_DECISION = new Step(EnumSet.of(NominationState.SENT_TO_CENTRAL),
            Set.of(Roles.SPECIALIST, Roles.ADMIN), false);

    /** The step of an action for a batch decided at the unit or province ({@code stateLevel} false) or centrally. */
    static Step step(NominationAction action, boolean stateLevel) {
        if (stateLevel && action == NominationAction.SIGN) {
            return CENTRAL_DECISION;
        }
        if (!stateLevel && action == NominationAction.SEND_TO_CENTRAL) {
            return new Step(EnumSet.noneOf(NominationState.class), Set.of(), false);
        }
        return STEPS.get(action);
    }

    private Workflow() {
    }

    /** The state the action leads to from {@code from}; empty when the action is not allowed there. */
    public static Optional<NominationState> target(NominationState from, NominationAction action, boolean needsPosting) {
        return target(from, action, needsPosting, false);
    }

    public static Optional<NominationState> target(NominationState from, NominationAction action, boolean needsPosting,
                                                   boolean stateLevel) {
        if (!step(action, stateLevel).from().contains(from)) {
            return Optional.empty();
        }
        return Optional.of(switch (action) {
            case SUBMIT -> NominationState.SUBMITTED;
            case RECEIVE -> NominationState.RECEIVED;
            case RETURN -> NominationState.RETURNED;
            case APPRAISE -> NominationState.APPRAISED;
            case TO_COUNCIL -> NominationState.COUNCIL;
            case CLOSE_COUNCIL -> needsPosting ? NominationState.POSTING : NominationState.AWAITING_SIGNATURE;
            case CLOSE_POSTING -> NominationState.AWAITING_SIGNATURE;
            case SEND_TO_CENTRAL -> NominationState.SENT_TO_CENTRAL;
            case SIGN -> NominationState.DECIDED;
            case REJECT -> NominationState.REJECTED;
        });
    }

    public static boolean mayTake(NominationAction action, Predicate<String> hasRole) {
        return mayTake(action, hasRole, false);
    }

    public static boolean mayTake(NominationAction action, Predicate<String> hasRole, boolean stateLevel) {
        return step(action, stateLevel).roles().stream().anyMatch(hasRole);
    }

    public static boolean needsComment(NominationAction action) {
        return STEPS.get(action).commentRequired();
    }

    /** The actions a caller with these roles may take on a batch in {@code state}, in the order of the table. */
    public static List<NominationAction> available(NominationState state, Predicate<String> hasRole) {
        return available(state, hasRole, false);
    }

    public static List<NominationAction> available(NominationState state, Predicate<String> hasRole, boolean stateLevel) {
        return java.util.Arrays.stream(NominationAction.values()).filter(a -> {
            Step step = step(a, stateLevel);
            return step.from().contains(state) && step.roles().stream().anyMatch(hasRole);
        }).toList();
    }
}
