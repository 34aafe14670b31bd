package nl.samenplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** Every save of a plan: who, when, what changed, and the whole plan as it then was (JSON). */
@Entity
@Table(name = "plan_revision")
class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(length = 2000)
    private String summary;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String snapshot;

    protected PlanRevision() {
    }

    PlanRevision(long planId, int revisionNo, Instant createdAt, long authorId, String authorName, String summary,
            String snapshot) {
        this.planId = planId;
        this.revisionNo = revisionNo;
        this.createdAt = createdAt;
        this.authorId = authorId;
        this.authorName = authorName;
        this.summary = summary;
        this.snapshot = snapshot;
    }

    int getRevisionNo() {
        return revisionNo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getAuthorName() {
        return authorName;
    }

    String getSummary() {
        return summary;
    }

    String getSnapshot() {
        return snapshot;
    }
}
