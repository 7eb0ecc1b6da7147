package io.commerce.coupon.domain;

import io.commerce.contracts.error.DomainException;
import io.commerce.contracts.error.ErrorKind;

public class CampaignNotFoundException extends DomainException {

    public CampaignNotFoundException(long campaignId) {
        super("CAMPAIGN_NOT_FOUND", ErrorKind.NOT_FOUND, "There is no coupon campaign " + campaignId + ".");
    }
}
