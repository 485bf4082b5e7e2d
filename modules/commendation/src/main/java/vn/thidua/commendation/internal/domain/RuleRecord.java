package vn.thidua.commendation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import lombok.Getter;
import vn.thidua.commendation.internal.rules.Condition;
import vn.thidua.commendation.internal.rules.ConditionKind;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** One condition of a rule set for an award, with its parameters and legal basis. */
@Entity
@Table(name = "cmd_rule")
@NamedQuery(name = "RuleRecord.allOf", query = "select r from RuleRecord r where r.ruleSet = :ruleSet"
        + " order by r.awardCode, r.order")
@NamedQuery(name = "RuleRecord.of", query = "select r from RuleRecord r where r.ruleSet = :ruleSet"
        + " and r.awardCode = :awardCode order by r.order")
public class RuleRecord extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id", nullable = false)
    private RuleSetRecord ruleSet;

    @Column(name = "award_code", nullable = false, length = 64)
    @Getter private String awardCode;

    @Column(name = "rule_order", nullable = false)
    private int order;

    @Column(name = "rule_key", nullable = false, length = 64)
    @Getter private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    @Getter private ConditionKind kind;

    @Column(name = "parameters", nullable = false, length = 1000)
    @Getter private String parameters;

    @Column(name = "alternative_group", length = 64)
    @Getter private String alternativeGroup;

    @Column(name = "basis", nullable = false, length = 1000)
    @Getter private String basis;

    protected RuleRecord() {
    }

    /** A copy of this rule for another version, with other parameters. */
    public RuleRecord copyFor(RuleSetRecord version, String newParameters) {
        RuleRecord copy = new RuleRecord();
        copy.ruleSet = version;
        copy.awardCode = awardCode;
        copy.order = order;
        copy.key = key;
        copy.kind = kind;
        copy.parameters = newParameters;
        copy.alternativeGroup = alternativeGroup;
        copy.basis = basis;
        return copy;
    }

    public Condition toCondition() {
        return new Condition(key, kind, Condition.parameters(parameters), alternativeGroup, basis);
    }
}
