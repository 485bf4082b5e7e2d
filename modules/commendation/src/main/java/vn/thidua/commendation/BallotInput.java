package vn.thidua.commendation;

import java.io.Serializable;

/**
 * A council's secret ballot on one nominee as the secretary records it: all members of the council, those
 * present, written votes of absent members, ballots issued, valid, agreeing; the members who declared a
 * conflict of interest (names, free text; recorded and shown).
 */
public record BallotInput(Integer members, Integer present, Integer writtenVotes, Integer ballotsIssued,
                          Integer ballotsValid, Integer agree, String recusals) implements Serializable {
}
