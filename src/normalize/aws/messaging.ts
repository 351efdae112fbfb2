// AWS::SQS::Queue and AWS::SNS::Topic: regional managed services.
import { draft, type Mapper, only } from '../draft.js';

export const mapQueue: Mapper = (fact) => only(draft('aws.sqs.queue', fact, { regionalService: true }));

export const mapTopic: Mapper = (fact) => only(draft('aws.sns.topic', fact, { regionalService: true }));
