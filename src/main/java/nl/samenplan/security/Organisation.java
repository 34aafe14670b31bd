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

/** A care or welfare organisation that delivers team members (home care, cooperative, municipality). */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = SecurityLimits.ORGANISATION_NAME)
    @NotBlank
    @Size(max = SecurityLimits.ORGANISATION_NAME)
    private String name;

    protected Organisation() {
    }

    public Organisation(String name) {
        rename(name);
    }

    public void rename(String newName) {
        this.name = Names.required(newName, SecurityLimits.ORGANISATION_NAME);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
