package vn.thidua.commendation;

/**
 * Who signs a decision (Decree 30/2020, Appendix I): for a people's committee its chairman on its behalf
 * ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") or a vice-chairman for the chairman ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); for
 * any other unit its head or a deputy for the head.
 */
public enum SignerPosition {
    CHAIR(true), VICE_CHAIR(true), HEAD(false), DEPUTY_HEAD(false);

    private final boolean committee;

    SignerPosition(boolean committee) {
        this.committee = committee;
    }

    /** True for the positions of a people's committee. */
    public boolean committee() {
        return committee;
    }

    /** True when the authority's name is a people's committee ("Ủy ban nhân dân …", "UBND …"). */
    public static boolean isCommittee(String authority) {
        String plain = vn.thidua.platform.SearchText.normalise(authority == null ? "" : authority).strip();
        return plain.startsWith("uy ban nhan dan") || plain.startsWith("ubnd");
    }

    /** The position a decision of this authority is signed in when nobody said: its chairman or its head. */
    public static SignerPosition defaultFor(String authority) {
        return isCommittee(authority) ? CHAIR : HEAD;
    }
}
