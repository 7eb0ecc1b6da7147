package io.commerce.dataplatform;

import io.commerce.dataplatform.application.RankingProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(RankingProperties.class)
public class DataPlatformServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DataPlatformServiceApplication.class, args);
    }
}
