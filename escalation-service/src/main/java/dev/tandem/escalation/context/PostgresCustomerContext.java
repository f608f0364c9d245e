package dev.tandem.escalation.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.escalation.context.OrderContext.Customer;
import dev.tandem.escalation.context.OrderContext.Invoice;
import dev.tandem.escalation.context.OrderContext.Order;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The customer context kept in this service's PostgreSQL tables, seeded with demo data. */
@ApplicationScoped
public class PostgresCustomerContext implements CustomerContext {

    private static final String ORDER = """
            SELECT o.number, o.status, o.carrier, o.tracking, o.placed_on, o.shipped_on, o.expected_on,
                   o.delivered_on, o.total, o.currency, c.id, c.name, c.tier, c.since
            FROM customer_order o JOIN customer c ON c.id = o.customer_id
            WHERE o.number = $1""";
    private static final String INVOICES = """
            SELECT number, order_number, amount, currency, status, issued_on
            FROM invoice WHERE customer_id = $1 ORDER BY issued_on DESC LIMIT 10""";

    private final Pool client;

    public PostgresCustomerContext(Pool client) {
        this.client = client;
    }

    @Override
    public Uni<Optional<OrderContext>> findOrder(String orderNumber) {
        return client.preparedQuery(ORDER).execute(Tuple.of(orderNumber)).flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(Optional.<OrderContext>empty());
            }
            Row row = rows.iterator().next();
            Order order = new Order(row.getString(0), OrderContext.Status.valueOf(row.getString(1)), row.getString(2),
                    row.getString(3), row.getLocalDate(4), row.getLocalDate(5), row.getLocalDate(6),
                    row.getLocalDate(7), row.getBigDecimal(8), row.getString(9));
            Customer customer = new Customer(row.getString(10), row.getString(11), row.getString(12),
                    row.getLocalDate(13));
            return client.preparedQuery(INVOICES).execute(Tuple.of(customer.id())).map(invoiceRows -> {
                List<Invoice> invoices = new ArrayList<>();
                for (Row r : invoiceRows) {
                    invoices.add(new Invoice(r.getString(0), r.getString(1), r.getBigDecimal(2), r.getString(3),
                            r.getString(4), r.getLocalDate(5)));
                }
                return Optional.of(new OrderContext(order, customer, invoices));
            });
        });
    }
}
