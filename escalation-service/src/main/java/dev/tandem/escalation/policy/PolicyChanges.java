package dev.tandem.escalation.policy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PolicyChanges implements PanacheRepositoryBase<PolicyChange, String> {

    public Uni<PolicyChange> latest() {
        return find("order by changedAt desc").firstResult();
    }
}
