package vn.thidua.commendation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;

/** The nomination batches linked to a movement, for the movement's page (a fragment this module serves). */
@Named
@RequestScoped
public class MovementNominationsView {

    private static final int SHOWN = 100;

    @Inject private NominationService nominations;

    private final Map<String, List<Nominations.BatchSummary>> byMovement = new HashMap<>();

    public List<Nominations.BatchSummary> of(String movementCode) {
        return byMovement.computeIfAbsent(movementCode, code -> nominations.ofMovement(code, SHOWN));
    }
}
