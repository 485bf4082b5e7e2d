package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.commendation.RecipientType;
import vn.thidua.commendation.internal.rules.Facts;

/**
 * What the pre-screening reads for a slice of people besides their profiles: their decided records and their
 * initiatives, in a read-only transaction of its own, so that the next slice's can be read on another thread
 * while this one's rules are evaluated (the two took about as long each on a province). Nothing here depends on
 * the caller: the grants were checked when the slice's people were read.
 */
@ApplicationScoped
public class SliceFacts {

    @Inject private RecipientFacts recipientFacts;

    /** The records and initiatives of one slice of people. */
    public record Read(Map<String, List<Facts.HeldAward>> held, Map<String, List<Facts.InitiativeFact>> initiatives) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Read read(Set<String> codes, int fromYear, int year) {
        return new Read(recipientFacts.held(RecipientType.PERSON, codes, fromYear),
                recipientFacts.initiatives(codes, fromYear, year));
    }
}
