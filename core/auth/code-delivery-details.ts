import type { CodeDeliveryDetails } from './sign-in-types';

/** Reads `CODE_DELIVERY_DELIVERY_MEDIUM` and `CODE_DELIVERY_DESTINATION` from a challenge (docs/cognito-api.md §2.8). */
export function codeDeliveryFromParameters(parameters: Record<string, string>): CodeDeliveryDetails {
  return {
    deliveryMedium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM as CodeDeliveryDetails['deliveryMedium'],
    destination: parameters.CODE_DELIVERY_DESTINATION,
  };
}

/** Maps Cognito's `CodeDeliveryDetails` object (SignUp, ForgotPassword, ResendConfirmationCode) to Amplify's shape. */
export function codeDeliveryFromCognito(
  details: { Destination?: string; DeliveryMedium?: string; AttributeName?: string } | undefined,
): CodeDeliveryDetails {
  return {
    destination: details?.Destination,
    deliveryMedium: details?.DeliveryMedium as CodeDeliveryDetails['deliveryMedium'],
    attributeName: details?.AttributeName,
  };
}
