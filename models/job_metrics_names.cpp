#include "models/job_metrics_names.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace winnow::models {

namespace {

// The translation context of the names below.
class JobMetricsNames {
    Q_DECLARE_TR_FUNCTIONS(JobMetricsNames)

public:
    static QString metric(const QString& key)
    {
        static const QHash<QString, const char*> names = {
            {u"accuracy"_s, QT_TR_NOOP("Accuracy")},
            {u"balancedAccuracy"_s, QT_TR_NOOP("Balanced accuracy")},
            {u"confusionMatrix"_s, QT_TR_NOOP("Confusion matrix")},
            {u"precision"_s, QT_TR_NOOP("Precision")},
            {u"recall"_s, QT_TR_NOOP("Recall")},
            {u"f1"_s, QT_TR_NOOP("F1 score")},
            {u"ks"_s, QT_TR_NOOP("KS statistic")},
            {u"rocAuc"_s, QT_TR_NOOP("ROC AUC")},
            {u"rocAucPerClass"_s, QT_TR_NOOP("ROC AUC")},
            {u"precisionMacro"_s, QT_TR_NOOP("Precision (macro average)")},
            {u"recallMacro"_s, QT_TR_NOOP("Recall (macro average)")},
            {u"f1Macro"_s, QT_TR_NOOP("F1 score (macro average)")},
            {u"mse"_s, QT_TR_NOOP("Mean squared error")},
            {u"rmse"_s, QT_TR_NOOP("Root mean squared error")},
            {u"mae"_s, QT_TR_NOOP("Mean absolute error")},
            {u"r2"_s, QT_TR_NOOP("R² (coefficient of determination)")},
            {u"trueNegatives"_s, QT_TR_NOOP("True negatives")},
            {u"falsePositives"_s, QT_TR_NOOP("False positives")},
            {u"falseNegatives"_s, QT_TR_NOOP("False negatives")},
            {u"truePositives"_s, QT_TR_NOOP("True positives")},
        };
        const char* name = names.value(key, nullptr);
        return name ? tr(name) : key;
    }

    static QString description(const QString& key)
    {
        static const QHash<QString, const char*> descriptions = {
            {u"accuracy"_s, QT_TR_NOOP("Share of rows predicted correctly.")},
            {u"balancedAccuracy"_s,
             QT_TR_NOOP("Mean of the recalls of the classes, so each class counts the same "
                        "however rare.")},
            {u"precision"_s, QT_TR_NOOP("Of the rows predicted as the class, the share that are.")},
            {u"recall"_s, QT_TR_NOOP("Of the rows of the class, the share predicted as it.")},
            {u"f1"_s, QT_TR_NOOP("Harmonic mean of the class's precision and recall.")},
            {u"ks"_s,
             QT_TR_NOOP("Kolmogorov–Smirnov statistic: the largest gap between the shares of "
                        "positives and negatives above a threshold. 0 means no separation, 1 "
                        "perfect separation.")},
            {u"rocAuc"_s,
             QT_TR_NOOP("Area under the ROC curve: the chance that a random positive is scored "
                        "above a random negative.")},
            {u"rocAucPerClass"_s,
             QT_TR_NOOP("Area under the ROC curve of the class against all others.")},
            {u"precisionMacro"_s, QT_TR_NOOP("Unweighted mean of the classes' precisions.")},
            {u"recallMacro"_s, QT_TR_NOOP("Unweighted mean of the classes' recalls.")},
            {u"f1Macro"_s, QT_TR_NOOP("Unweighted mean of the classes' F1 scores.")},
            {u"mse"_s, QT_TR_NOOP("Mean of the squared errors; smaller is better.")},
            {u"rmse"_s,
             QT_TR_NOOP("Square root of the mean squared error, in the target's own units; "
                        "smaller is better.")},
            {u"mae"_s, QT_TR_NOOP("Mean of the absolute errors; smaller is better.")},
            {u"r2"_s,
             QT_TR_NOOP("1 is perfect, 0 is no better than always predicting the mean, below 0 "
                        "is worse.")},
            {u"trueNegatives"_s, QT_TR_NOOP("Rows of the negative class predicted negative.")},
            {u"falsePositives"_s, QT_TR_NOOP("Rows of the negative class predicted positive.")},
            {u"falseNegatives"_s, QT_TR_NOOP("Rows of the positive class predicted negative.")},
            {u"truePositives"_s, QT_TR_NOOP("Rows of the positive class predicted positive.")},
        };
        const char* text = descriptions.value(key, nullptr);
        return text ? tr(text) : QString();
    }

    static QString scoring(const QString& scoring)
    {
        static const QHash<QString, const char*> names = {
            {u"ks"_s, QT_TR_NOOP("KS")},
            {u"accuracy"_s, QT_TR_NOOP("Accuracy")},
            {u"balanced_accuracy"_s, QT_TR_NOOP("Balanced accuracy")},
            {u"f1"_s, QT_TR_NOOP("F1")},
            {u"f1_macro"_s, QT_TR_NOOP("F1 (macro)")},
            {u"roc_auc"_s, QT_TR_NOOP("ROC AUC")},
            {u"precision"_s, QT_TR_NOOP("Precision")},
            {u"precision_macro"_s, QT_TR_NOOP("Precision (macro)")},
            {u"recall"_s, QT_TR_NOOP("Recall")},
            {u"recall_macro"_s, QT_TR_NOOP("Recall (macro)")},
            {u"mse"_s, QT_TR_NOOP("MSE")},
            {u"rmse"_s, QT_TR_NOOP("RMSE")},
            {u"mae"_s, QT_TR_NOOP("MAE")},
            {u"r2"_s, QT_TR_NOOP("R²")},
        };
        const char* name = names.value(scoring, nullptr);
        return name ? tr(name) : scoring;
    }

    static QString step(const QString& step)
    {
        static const QHash<QString, const char*> names = {
            // Algorithms, as the search names them.
            {u"xgboost"_s, QT_TR_NOOP("XGBoost")},
            {u"random_forest"_s, QT_TR_NOOP("Random forest")},
            {u"extra_trees"_s, QT_TR_NOOP("Extra trees")},
            {u"decision_tree"_s, QT_TR_NOOP("Decision tree")},
            {u"logistic_regression"_s, QT_TR_NOOP("Logistic regression")},
            {u"linear_svm"_s, QT_TR_NOOP("Linear SVM")},
            {u"ridge"_s, QT_TR_NOOP("Ridge regression")},
            {u"elastic_net"_s, QT_TR_NOOP("Elastic net")},
            {u"knn"_s, QT_TR_NOOP("k nearest neighbours")},
            {u"naive_bayes"_s, QT_TR_NOOP("Naive Bayes")},
            // Fitted learners, as pipelineSteps names them.
            {u"xgbclassifier"_s, QT_TR_NOOP("XGBoost classifier")},
            {u"xgbregressor"_s, QT_TR_NOOP("XGBoost regressor")},
            {u"randomforestclassifier"_s, QT_TR_NOOP("Random forest classifier")},
            {u"randomforestregressor"_s, QT_TR_NOOP("Random forest regressor")},
            {u"extratreesclassifier"_s, QT_TR_NOOP("Extra trees classifier")},
            {u"extratreesregressor"_s, QT_TR_NOOP("Extra trees regressor")},
            {u"decisiontreeclassifier"_s, QT_TR_NOOP("Decision tree classifier")},
            {u"decisiontreeregressor"_s, QT_TR_NOOP("Decision tree regressor")},
            {u"logisticregression"_s, QT_TR_NOOP("Logistic regression")},
            {u"linearsvc"_s, QT_TR_NOOP("Linear SVM classifier")},
            {u"linearsvr"_s, QT_TR_NOOP("Linear SVM regressor")},
            {u"kneighborsclassifier"_s, QT_TR_NOOP("k nearest neighbours classifier")},
            {u"kneighborsregressor"_s, QT_TR_NOOP("k nearest neighbours regressor")},
            {u"gaussiannb"_s, QT_TR_NOOP("Gaussian naive Bayes")},
            {u"ridge"_s, QT_TR_NOOP("Ridge regression")},
            {u"elasticnet"_s, QT_TR_NOOP("Elastic net")},
            // Preprocessing steps.
            {u"simpleimputer"_s, QT_TR_NOOP("Fill missing values")},
            {u"onehotencoder"_s, QT_TR_NOOP("One-hot encoding")},
            {u"frequencyencoder"_s, QT_TR_NOOP("Frequency encoding")},
            {u"datetimeexpander"_s, QT_TR_NOOP("Date parts")},
            {u"standardscaler"_s, QT_TR_NOOP("Standard scaler")},
            {u"minmaxscaler"_s, QT_TR_NOOP("Min–max scaler")},
            {u"maxabsscaler"_s, QT_TR_NOOP("Max-abs scaler")},
            {u"robustscaler"_s, QT_TR_NOOP("Robust scaler")},
            {u"normalizer"_s, QT_TR_NOOP("Normalizer")},
            {u"binarizer"_s, QT_TR_NOOP("Binarizer")},
            {u"pca"_s, QT_TR_NOOP("PCA")},
            {u"polynomialfeatures"_s, QT_TR_NOOP("Polynomial features")},
            {u"selectpercentile"_s, QT_TR_NOOP("Select percentile")},
            {u"variancethreshold"_s, QT_TR_NOOP("Variance threshold")},
            {u"zerocount"_s, QT_TR_NOOP("Zero count")},
        };
        const char* name = names.value(step, nullptr);
        return name ? tr(name) : step;
    }
};

} // namespace

QString metricDisplayName(const QString& key)
{
    return JobMetricsNames::metric(key);
}

QString metricDescription(const QString& key)
{
    return JobMetricsNames::description(key);
}

bool isSmallerBetterMetric(const QString& key)
{
    return key == u"mse"_s || key == u"rmse"_s || key == u"mae"_s;
}

QString scoringDisplayName(const QString& scoring)
{
    return JobMetricsNames::scoring(scoring);
}

bool isSmallerBetterScoring(const QString& scoring, const QString& task)
{
    if (scoring.isEmpty())
        return task.compare(u"regression"_s, Qt::CaseInsensitive) == 0;
    return scoring == u"mse"_s || scoring == u"rmse"_s || scoring == u"mae"_s;
}

QString algorithmDisplayName(const QString& algorithm)
{
    return JobMetricsNames::step(algorithm);
}

QString pipelineStepDisplayName(const QString& step)
{
    return JobMetricsNames::step(step);
}

} // namespace winnow::models
