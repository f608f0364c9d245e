package dev.tandem.agent.repository;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.agent.Reply;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReplyRepository implements PanacheRepositoryBase<Reply, String> {
}
