package io.commerce.dataplatform.application.port.out;

import io.commerce.dataplatform.domain.ProductSales;
import io.commerce.dataplatform.domain.SalesWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** Units sold per product per day: what the ranking reads instead of scanning orders. */
public interface DailySalesRepository {

    /** Adds {@code unitsByProduct} to the day's counts. */
    void add(LocalDate day, SortedMap<Long, Long> unitsByProduct);

    /** Takes {@code unitsByProduct} off the day's counts (a cancelled order). */
    void subtract(LocalDate day, SortedMap<Long, Long> unitsByProduct);

    /** The products with the most units over the window, most first, ties by lower product id. */
    List<ProductSales> topSellers(SalesWindow window, int limit);
}
