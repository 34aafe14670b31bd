package nl.samenplan.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The client's own 0-10 scores per life area on one day; kept so that the web can show the previous. */
@Entity
@Table(name = "life_area_assessment")
class LifeAreaAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "life_area_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "life_area_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new HashMap<>();

    protected LifeAreaAssessment() {
    }

    LifeAreaAssessment(Plan plan, LocalDate assessedOn, int revisionNo, Map<Long, Integer> scores) {
        this.plan = plan;
        this.assessedOn = assessedOn;
        this.revisionNo = revisionNo;
        this.scores.putAll(scores);
    }

    Long getId() {
        return id;
    }

    LocalDate getAssessedOn() {
        return assessedOn;
    }

    Map<Long, Integer> getScores() {
        return Map.copyOf(scores);
    }
}
