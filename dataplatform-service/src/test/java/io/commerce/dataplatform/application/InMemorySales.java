package io.commerce.dataplatform.application;

import io.commerce.dataplatform.application.port.out.CompletedOrderRepository;
import io.commerce.dataplatform.application.port.out.DailySalesRepository;
import io.commerce.dataplatform.domain.CompletedOrder;
import io.commerce.dataplatform.domain.ProductRanking;
import io.commerce.dataplatform.domain.ProductSales;
import io.commerce.dataplatform.domain.SalesWindow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;

class InMemorySales implements CompletedOrderRepository, DailySalesRepository {

    private final Map<UUID, CompletedOrder> orders = new HashMap<>();
    private final Map<LocalDate, Map<Long, Long>> daily = new HashMap<>();
    private final Map<UUID, LocalDate> countedOn = new HashMap<>();

    @Override
    public boolean addIfAbsent(CompletedOrder order, LocalDate salesDate) {
        if (orders.putIfAbsent(order.orderId(), order) != null) {
            return false;
        }
        countedOn.put(order.orderId(), salesDate);
        return true;
    }

    @Override
    public Optional<LocalDate> markCancelled(UUID orderId) {
        return Optional.ofNullable(countedOn.remove(orderId));
    }

    @Override
    public void subtract(LocalDate day, SortedMap<Long, Long> unitsByProduct) {
        unitsByProduct.forEach((product, units) -> daily.get(day).merge(product, -units, Long::sum));
    }

    @Override
    public Optional<CompletedOrder> findById(UUID orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public void add(LocalDate day, SortedMap<Long, Long> unitsByProduct) {
        unitsByProduct.forEach((product, units) ->
                daily.computeIfAbsent(day, d -> new HashMap<>()).merge(product, units, Long::sum));
    }

    long unitsOn(LocalDate day, long productId) {
        return daily.getOrDefault(day, Map.of()).getOrDefault(productId, 0L);
    }

    @Override
    public List<ProductSales> topSellers(SalesWindow window, int limit) {
        var totals = new HashMap<Long, Long>();
        daily.forEach((day, units) -> {
            if (window.contains(day)) {
                units.forEach((product, n) -> totals.merge(product, n, Long::sum));
            }
        });
        return totals.entrySet().stream().map(e -> new ProductSales(e.getKey(), e.getValue()))
                .sorted(ProductRanking.ORDER).limit(limit).toList();
    }
}
