package dev.tandem.escalation.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A policy put in force through the API: the latest is the one loaded at start. */
@Entity
@Table(name = "policy_change")
public class PolicyChange {

    @Id
    public String version;

    @Column(name = "previous_version")
    public String previousVersion;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** One change per line. */
    public String changes;

    public String document;
}
