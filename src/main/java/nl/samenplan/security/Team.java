package nl.samenplan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A neighbourhood or village team: the unit that sees its own clients and nothing else. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = SecurityLimits.TEAM_NAME)
    @NotBlank
    @Size(max = SecurityLimits.TEAM_NAME)
    private String name;

    /** The village or neighbourhood the team works in. */
    @Column(nullable = false, length = SecurityLimits.TEAM_AREA)
    @NotBlank
    @Size(max = SecurityLimits.TEAM_AREA)
    private String area;

    protected Team() {
    }

    public Team(String name, String area) {
        change(name, area);
    }

    public void change(String newName, String newArea) {
        this.name = Names.required(newName, SecurityLimits.TEAM_NAME);
        this.area = Names.required(newArea, SecurityLimits.TEAM_AREA);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Team other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Team.class.hashCode();
    }
}
