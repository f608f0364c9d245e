package dev.tandem.escalation.context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the customer-context source said about the order a message mentions.
 *
 * @param orderNumber the order number in the message; {@code null} when it mentions none
 * @param found       the order and its customer; {@code null} when not found or not asked
 * @param failure     why the source could not answer; {@code null} when it did
 */
public record ContextLookup(String orderNumber, OrderContext found, String failure) {

    /** A number of 3 to 12 digits, alone: "order 1234", "commande n°1234", "#1234". */
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?<![\\w\\[])#?(\\d{3,12})(?![\\w\\]])");

    public static final ContextLookup NOTHING_MENTIONED = new ContextLookup(null, null, null);

    /** The first order number the message mentions. */
    public static Optional<String> orderNumberIn(String text) {
        Matcher matcher = ORDER_NUMBER.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Optional<OrderContext> order() {
        return Optional.ofNullable(found);
    }

    /** What an agent sees of the customer: labelled facts, the customer first. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        if (failure != null) {
            facts.put("order " + orderNumber, "could not be looked up: " + failure);
        } else if (orderNumber != null && found == null) {
            facts.put("order " + orderNumber, "no such order");
        } else if (found != null) {
            OrderContext.Customer customer = found.customer();
            facts.put("customer", customer.id() + " · " + customer.name() + " · " + customer.tier() + " · since "
                    + customer.since());
            OrderContext.Order order = found.order();
            StringBuilder status = new StringBuilder(order.status().name().toLowerCase())
                    .append(" · placed ").append(order.placedOn());
            if (order.shippedOn() != null) {
                status.append(" · shipped ").append(order.shippedOn()).append(" with ").append(order.carrier())
                        .append(" (").append(order.tracking()).append(')');
            }
            if (order.deliveredOn() != null) {
                status.append(" · delivered ").append(order.deliveredOn());
            } else if (order.expectedOn() != null) {
                status.append(" · expected ").append(order.expectedOn());
            }
            status.append(" · ").append(order.total()).append(' ').append(order.currency());
            facts.put("order " + order.number(), status.toString());
            for (OrderContext.Invoice invoice : found.invoices()) {
                facts.put("invoice " + invoice.number(), invoice.amount() + " " + invoice.currency() + " · "
                        + invoice.status().toLowerCase() + " · issued " + invoice.issuedOn()
                        + (invoice.orderNumber() == null ? "" : " · order " + invoice.orderNumber()));
            }
        }
        return facts;
    }
}
