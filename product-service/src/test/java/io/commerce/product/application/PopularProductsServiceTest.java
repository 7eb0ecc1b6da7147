package io.commerce.product.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.product.application.port.out.SalesRanking;
import io.commerce.product.application.port.out.SalesRanking.RankedProduct;
import java.util.List;
import io.commerce.localstack.LocalStackTest;
import io.commerce.localstack.Transactional;
import io.commerce.product.application.port.out.ProductRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@LocalStackTest
class PopularProductsServiceTest {

    private ProductRepository productRepository;
    private PlatformTransactionManager transactions;
    private ProductRows products;

    @BeforeEach
    void onTheRealDatabase(@Autowired ProductRepository productRepository, @Autowired JdbcTemplate jdbc,
            @Autowired PlatformTransactionManager transactions) {
        this.productRepository = productRepository;
        this.transactions = transactions;
        products = new ProductRows(productRepository, jdbc, transactions);
    }

    private PopularProductsService serviceRanking(SalesRanking.Ranking ranking) {
        return Transactional.around(new PopularProductsService((days, limit) -> ranking, productRepository,
                new PopularProductsProperties(3, 5)), transactions);
    }

    @Test
    void popular_products_come_in_rank_order_with_their_current_details() {
        var a = products.add("A", 100, 1);
        var b = products.add("B", 200, 2);
        var service = serviceRanking(new SalesRanking.Ranking(
                List.of(new RankedProduct(b.id(), 9), new RankedProduct(a.id(), 4)), false));

        var popular = service.popular();

        assertThat(popular.products()).extracting(p -> p.product().name()).containsExactly("B", "A");
        assertThat(popular.products()).extracting(p -> p.rank()).containsExactly(1, 2);
        assertThat(popular.products()).extracting(p -> p.unitsSold()).containsExactly(9L, 4L);
        assertThat(popular.stale()).isFalse();
        assertThat(popular.days()).isEqualTo(3);
    }

    @Test
    void a_ranked_product_that_no_longer_exists_is_skipped_and_the_rest_move_up() {
        var a = products.add("A", 100, 1);
        var gone = products.add("Gone", 100, 1);
        var c = products.add("C", 100, 1);
        products.remove(gone.id());
        var service = serviceRanking(new SalesRanking.Ranking(List.of(new RankedProduct(a.id(), 9),
                new RankedProduct(gone.id(), 8), new RankedProduct(c.id(), 7)), false));

        var popular = service.popular();

        assertThat(popular.products()).extracting(p -> p.product().name()).containsExactly("A", "C");
        assertThat(popular.products()).extracting(p -> p.rank()).containsExactly(1, 2);
    }

    @Test
    void a_stale_ranking_is_served_and_said_to_be_stale() {
        var a = products.add("A", 100, 1);
        var service = serviceRanking(new SalesRanking.Ranking(List.of(new RankedProduct(a.id(), 1)), true));

        var popular = service.popular();

        assertThat(popular.stale()).isTrue();
        assertThat(popular.products()).hasSize(1);
    }
}
