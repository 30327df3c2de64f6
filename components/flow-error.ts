/** A failure shown on an account-flow screen: the sentence, and the input it concerns when the reply named one. */
export interface FlowError {
  text: string;
  field?: string;
}
