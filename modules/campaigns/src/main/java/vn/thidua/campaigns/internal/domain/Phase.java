package vn.thidua.campaigns.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** A phase of a movement with its own dates. */
@Entity
@Table(name = "cmp_movement_phase")
@NamedQuery(name = "Phase.of", query = "select p from Phase p where p.movementId = :movement order by p.startsOn, p.id")
public class Phase extends IdentifiedEntity {

    @Column(name = "movement_id", nullable = false, updatable = false)
    @Getter private Long movementId;

    @Column(name = "name", nullable = false, updatable = false, length = 500)
    @Getter private String name;

    @Column(name = "starts_on", nullable = false, updatable = false)
    @Getter private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    @Getter private LocalDate endsOn;

    protected Phase() {
    }

    public Phase(Long movementId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.movementId = movementId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }
}
