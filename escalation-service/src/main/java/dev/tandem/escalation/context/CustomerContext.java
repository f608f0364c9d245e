package dev.tandem.escalation.context;

import java.util.Optional;

import io.smallrye.mutiny.Uni;

/**
 * Where the assistant and the agents learn what they need about a customer's order: the customer,
 * the order and the invoices. {@link PostgresCustomerContext} reads Tandem's own tables; a real CRM or
 * order system plugs in by implementing this interface as an {@code @Alternative} CDI bean (see the
 * module README).
 */
public interface CustomerContext {

    /**
     * The order with this number, its customer and their invoices; empty when there is no such order.
     * A failed Uni means the source could not be asked: the customer then goes to a person.
     */
    Uni<Optional<OrderContext>> findOrder(String orderNumber);
}
