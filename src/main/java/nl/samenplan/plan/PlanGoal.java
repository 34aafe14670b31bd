package nl.samenplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A goal in the client's own words, in one life area. Part of the plan aggregate. */
@Entity
@Table(name = "plan_goal")
class PlanGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "life_area_id", nullable = false)
    private Long lifeAreaId;

    @Column(nullable = false, length = PlanRules.MAX_GOAL)
    @NotBlank
    @Size(max = PlanRules.MAX_GOAL)
    private String text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PlanGoal() {
    }

    PlanGoal(Plan plan) {
        this.plan = plan;
    }

    void change(long newLifeAreaId, String newText, int newSortOrder) {
        this.lifeAreaId = newLifeAreaId;
        this.text = newText;
        this.sortOrder = newSortOrder;
    }

    Long getId() {
        return id;
    }

    Long getLifeAreaId() {
        return lifeAreaId;
    }

    String getText() {
        return text;
    }

    int getSortOrder() {
        return sortOrder;
    }

    String key() {
        return "g" + id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanGoal other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return PlanGoal.class.hashCode();
    }
}
