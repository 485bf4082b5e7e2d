package vn.thidua.commendation;

import java.io.Serializable;

/**
 * A council's secret ballot on one nominee as the secretary records it: all members of the council, those
 * present, written votes of absent members, ballots issued, valid, agreeing; the members who declared a
 * conflict of interest (names, free text; recorded and shown) and how many of them did not vote.
 */
public record BallotInput(Integer members, Integer present, Integer writtenVotes, Integer ballotsIssued,
                          Integer ballotsValid, Integer agree, String recusals, Integer recused) implements Serializable {

    public BallotInput(Integer members, Integer present, Integer writtenVotes, Integer ballotsIssued,
                       Integer ballotsValid, Integer agree, String recusals) {
        this(members, present, writtenVotes, ballotsIssued, ballotsValid, agree, recusals, 0);
    }

    public int recusedCount() {
        return recused == null ? 0 : recused;
    }
}
