package vn.thidua.campaigns;

import java.util.List;
import java.util.Optional;

/**
 * Emulation registrations: a unit enters (or imports) its collective target and its people's titles for a year or a
 * movement, submits them to the superior unit, which receives them or returns them with a reason.
 */
public interface RegistrationService {

    /** Creates the registration ({@code id} null) or replaces a draft's or returned one's content. */
    long save(Long id, Long expectedVersion, Registrations.RegistrationInput input);

    RegistrationState submit(long id, long expectedVersion);

    RegistrationState receive(long id, long expectedVersion);

    RegistrationState returnToUnit(long id, long expectedVersion, String reason);

    Registrations.RegistrationDetails find(long id);

    /** The registrations the caller may read, newest year first, at most {@code max}. */
    List<Registrations.RegistrationDetails> list(int max);

    /**
     * What waits for the caller, at most {@code max}, newest year first: registrations submitted by units below the
     * caller's (to receive or return) and returned ones of the caller's units (to correct). Reads only registrations
     * in those two states.
     */
    List<Registrations.RegistrationDetails> waiting(int max);

    /** The registrations made within a movement that the caller may read. */
    List<Registrations.RegistrationDetails> ofMovement(String movementCode, int max);

    /**
     * The titles registered for the person ({@code collective} false) or the collective in {@code year}, in
     * registrations submitted or received; empty when there is none.
     */
    Optional<List<String>> registeredTitles(boolean collective, String code, int year);
}
